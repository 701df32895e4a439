import { css } from 'lit';

/** What only <availability-editor> has: the two columns, the day rows, the calendar, the preview. */
export const styles = css`
  .layout {
    display: grid;
    gap: calc(var(--_space) * 3);
  }
  @container (min-width: 760px) {
    .layout {
      grid-template-columns: var(--booking-editor-columns, minmax(0, 3fr) minmax(0, 2fr));
      align-items: start;
    }
    .preview {
      position: sticky;
      top: var(--_space);
    }
  }
  .block {
    display: grid;
    gap: var(--_space);
    padding-block-end: calc(var(--_space) * 2);
    border-block-end: 1px solid var(--_border);
  }
  .hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.92em;
  }
  fieldset.day,
  .override fieldset {
    padding: var(--_space) 0;
    border-block-start: 1px solid var(--_border);
  }
  fieldset.day legend,
  .override legend {
    float: inline-start;
    width: 100%;
    margin: 0 0 4px;
  }
  .closed {
    margin: 0;
  }
  .window {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) auto;
    align-items: end;
    gap: var(--_space);
  }
  .window > .night,
  .window > .field-error {
    grid-column: 1 / -1;
    margin: 0;
  }
  /* Narrow: the two times share the row, removing goes below them. */
  @container (max-width: 480px) {
    .window {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
    .window > .remove {
      grid-column: 1 / -1;
      justify-self: start;
    }
  }
  .window input[type='time'] {
    padding-inline: 6px;
  }
  .window .field label {
    font-weight: 400;
    font-size: 0.92em;
  }
  .night {
    font-size: 0.92em;
  }
  .day-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .modes {
    display: grid;
    gap: var(--_space);
  }
  @container (min-width: 420px) {
    .modes {
      grid-template-columns: 1fr 1fr;
    }
  }
  .overrides {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .policy {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  @container (min-width: 520px) {
    .policy {
      grid-template-columns: 1fr 1fr;
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
  .month-nav h4 {
    margin: 0;
  }
  .month-nav button {
    min-width: 44px;
    padding: 0;
    font-size: 1.2em;
  }
  .widget[dir='rtl'] .month-nav .arrow {
    display: inline-block;
    transform: scaleX(-1);
  }
  .calendar table {
    width: 100%;
    max-width: 420px;
    border-collapse: collapse;
    table-layout: fixed;
  }
  .calendar th {
    font-size: 0.8em;
    font-weight: 600;
    color: var(--_muted);
    padding-block-end: 4px;
  }
  .calendar td {
    padding: 2px;
    text-align: center;
  }
  .calendar td button {
    width: 100%;
    min-height: 44px;
    padding: 0;
    border-color: transparent;
    background: transparent;
    font-variant-numeric: tabular-nums;
  }
  .calendar td button[aria-disabled='true'] {
    color: var(--_muted);
    cursor: default;
  }
  .calendar td button.outside {
    opacity: 0.7;
  }
  .calendar td button.today {
    text-decoration: underline;
    text-underline-offset: 3px;
  }
  .calendar td button.closed {
    border-color: var(--booking-editor-closed, var(--_danger));
    text-decoration: line-through;
    font-weight: 600;
  }
  .calendar td button.hours {
    border-color: var(--_accent);
    background: var(--_subtle);
    font-weight: 600;
  }
  .save-bar {
    align-items: center;
    justify-content: flex-end;
  }
  .save-bar .unsaved {
    margin: 0;
    margin-inline-end: auto;
  }
  .notice p {
    margin: 0 0 var(--_space);
  }
  .notice p:last-child {
    margin: 0;
  }
  .notice.saved {
    border-inline-start-color: var(--_success);
  }
  .conflict {
    display: grid;
    gap: var(--_space);
  }
  .table-scroll {
    overflow-x: auto;
  }
  .differences {
    width: 100%;
    border-collapse: collapse;
  }
  .differences caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 4px;
  }
  .differences th,
  .differences td {
    text-align: start;
    padding: 4px;
    border-block-start: 1px solid var(--_border);
    vertical-align: top;
  }
  .preview {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .preview-zone {
    margin: 0;
    font-weight: 600;
  }
  .compare {
    display: grid;
    gap: var(--_space);
    justify-items: start;
  }
  .days {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .days.stale .times li {
    border-style: dashed;
  }
  .day-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_space);
  }
  .day-head .date {
    font-weight: 600;
  }
  .times {
    list-style: none;
    margin: 4px 0 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
  }
  .times li {
    padding: 2px 8px;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  select[aria-invalid='true'] {
    border-color: var(--_danger);
  }
`;
