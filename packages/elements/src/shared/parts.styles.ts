// The pieces the elements share: the box, steps, choices, the zone picker, the form, the
// summary, the price breakdown and the booked view.
import { css } from 'lit';

export const parts = css`
  .widget {
    container-type: inline-size;
    /* Nothing sticks out at 320 px: a long unbroken word (a name, an e-mail, a URL) breaks where
       it must, and no grid or flex item is wider than its track. */
    overflow-wrap: anywhere;
    background: var(--booking-widget-background, var(--_surface));
    border: var(--booking-widget-border, 1px solid var(--_border));
    border-radius: var(--booking-widget-radius, calc(var(--_radius) * 1.4));
    padding: var(--booking-widget-padding, calc(var(--_space) * 2.5));
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .widget > *,
  section > *,
  .header > *,
  form > *,
  fieldset > *,
  .field > * {
    min-width: 0;
  }
  .header {
    display: grid;
    gap: 2px;
  }
  .header .name {
    font-weight: 700;
    font-size: 1.1em;
  }
  h2 {
    margin: 0;
    font-size: 1.3em;
    line-height: 1.25;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 3px solid var(--_focus);
  }
  h3 {
    margin: 0;
    font-size: 1em;
  }
  section {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .step-of {
    margin: 0;
    font-size: 0.9em;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    display: grid;
    gap: var(--_space);
  }
  legend {
    font-weight: 600;
    margin-block-end: var(--_space);
    padding: 0;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 1.5);
    padding: calc(var(--_space) * 1.25) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .choice:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .choice input {
    width: auto;
    min-height: 0;
    margin: 0;
    accent-color: var(--_accent);
  }
  .choice .label {
    flex: 1;
    min-width: 0;
  }
  .choice .price {
    flex: none;
    white-space: nowrap;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .choice .description {
    display: block;
    font-size: 0.9em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    justify-content: space-between;
  }
  .actions .primary:only-child {
    margin-inline-start: auto;
  }
  .zone-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .zone-button {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .zone-popover {
    position: fixed;
    z-index: 10;
    width: min(340px, calc(100vw - 16px));
    display: grid;
    grid-template-rows: auto 1fr;
    gap: var(--_space);
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 10px 30px rgb(0 0 0 / 0.18);
    overflow: hidden;
  }
  .zone-popover[hidden] {
    display: none;
  }
  .zone-popover ul {
    list-style: none;
    margin: 0;
    padding: 0;
    overflow-y: auto;
  }
  .zone-popover li {
    padding: 10px var(--_space);
    border-radius: 6px;
    cursor: pointer;
  }
  .zone-popover li[aria-selected='true'] {
    font-weight: 600;
  }
  .zone-popover li.active {
    background: var(--_subtle);
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  form {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .field {
    display: grid;
    gap: 4px;
  }
  .field label {
    font-weight: 600;
  }
  .field .hint {
    font-weight: 400;
    color: var(--_muted);
  }
  .field.check label {
    display: flex;
    gap: var(--_space);
    align-items: flex-start;
    font-weight: 400;
  }
  .field.check input {
    width: auto;
    min-height: 0;
    margin-block-start: 4px;
  }
  .field-error {
    margin: 0;
    color: var(--_danger);
    font-size: 0.92em;
  }
  textarea {
    min-height: 6em;
    resize: vertical;
  }
  dl {
    margin: 0;
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 6px calc(var(--_space) * 2);
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }
  .price-table {
    width: 100%;
    border-top: 1px solid var(--_border);
  }
  .price-table td,
  .price-table th {
    padding: 6px 0;
    text-align: start;
    font-size: 1em;
    color: var(--_text);
    font-weight: 400;
  }
  .price-table td:last-child {
    white-space: nowrap;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .price-table tr.total td {
    font-weight: 700;
    border-top: 1px solid var(--_border);
  }
  .alternatives {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-block-start: var(--_space);
  }
  .success-mark {
    width: 44px;
    height: 44px;
    border-radius: 50%;
    display: grid;
    place-items: center;
    background: var(--_success);
    color: var(--_surface);
    font-size: 1.4em;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .links a {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0 calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: inherit;
    text-decoration: none;
  }
  .links a:hover {
    border-color: var(--_accent);
  }
  .skeleton-block {
    height: 44px;
  }
  .skeleton-block.narrow {
    width: 45%;
  }
  .skeleton-block.wide {
    width: 70%;
  }
  .skeleton-grid {
    display: grid;
    gap: var(--_space);
  }
`;
