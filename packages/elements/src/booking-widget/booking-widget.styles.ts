import { css } from 'lit';

/** What only <booking-widget> has: the custom length field (the calendar's are the step's). */
export const styles = css`
  .custom {
    display: grid;
    gap: 4px;
    padding-inline-start: calc(var(--_space) * 4);
  }
`;
