import { css } from 'lit';

/**
 * The calendar step's month grid and time list (`steps/calendar.ts`): add it to the styles of an
 * element that renders the step, after `tokens`, `base` and `parts`.
 */
export const calendarStyles = css`
  .time-layout {
    display: grid;
    gap: calc(var(--_space) * 2.5);
  }
  @container (min-width: 600px) {
    .time-layout {
      grid-template-columns: minmax(0, 1.25fr) minmax(0, 1fr);
      align-items: start;
    }
  }
  .month-nav {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    margin-block-end: var(--_space);
  }
  .month-nav button {
    min-width: 44px;
    padding: 0;
    font-size: 1.2em;
  }
  :host(:dir(rtl)) .month-nav .arrow,
  .widget[dir='rtl'] .month-nav .arrow {
    display: inline-block;
    transform: scaleX(-1);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  th {
    font-size: 0.8em;
    font-weight: 600;
    color: var(--_muted);
    padding-block-end: 4px;
  }
  td {
    padding: 2px;
    text-align: center;
  }
  td button {
    width: 100%;
    min-height: 44px;
    aspect-ratio: 1;
    max-height: 52px;
    padding: 0;
    border-color: transparent;
    background: transparent;
    position: relative;
    font-variant-numeric: tabular-nums;
  }
  td button.has-slots {
    background: var(--_subtle);
    font-weight: 600;
  }
  td button.has-slots::after {
    content: '';
    position: absolute;
    inset-inline-start: 50%;
    bottom: 6px;
    width: 5px;
    height: 5px;
    margin-inline-start: -2.5px;
    border-radius: 50%;
    background: var(--_accent);
  }
  td button[aria-disabled='true'] {
    color: var(--_muted);
    cursor: default;
  }
  td button.outside {
    opacity: 0.55;
  }
  td button.today {
    text-decoration: underline;
    text-underline-offset: 3px;
  }
  td[aria-selected='true'] button {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  td[aria-selected='true'] button::after {
    background: var(--_on-accent);
  }
  .slots ul {
    list-style: none;
    margin: var(--_space) 0 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(6.75em, 1fr));
    gap: var(--_space);
  }
  .slots button {
    width: 100%;
    padding-inline: 4px;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .slots button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
    border-color: var(--_accent);
  }
  .day-list {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
`;
