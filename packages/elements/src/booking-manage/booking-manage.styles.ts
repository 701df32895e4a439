import { css } from 'lit';

/** The status, the history, the refund preview and the cancel buttons: what only <booking-manage> has. */
export const styles = css`
  .status {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    align-items: baseline;
  }
  .status strong {
    padding: 2px 10px;
    border-radius: 999px;
    background: var(--_subtle);
  }
  .status-cancelled strong,
  .status-declined strong,
  .status-no_show strong {
    color: var(--_danger);
  }
  .status-confirmed strong,
  .status-completed strong {
    color: var(--_success);
  }
  .history {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .history li {
    display: grid;
    gap: 2px;
    padding-inline-start: calc(var(--_space) * 1.5);
    border-inline-start: 3px solid var(--_border);
  }
  .history .reason {
    font-style: italic;
  }
  .refund {
    padding: calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_subtle);
  }
  .refund p {
    margin: 0;
  }
  .refund p + p {
    margin-block-start: 4px;
  }
  .refund.partial,
  .refund.none {
    border-color: var(--_danger);
  }
  button.danger {
    color: var(--_danger);
    border-color: var(--_danger);
  }
  button.primary.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_surface);
  }
  .links button {
    min-height: 44px;
  }
`;
