import { css } from 'lit';

/** The tabs, the list of bookings, one booking and a client's record: what only <booking-inbox> has. */
export const styles = css`
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .tab[aria-pressed='true'] {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    font-weight: 600;
  }
  .count {
    display: inline-block;
    min-width: 1.6em;
    padding: 0 6px;
    border-radius: 999px;
    background: var(--_subtle);
    font-variant-numeric: tabular-nums;
  }
  .search {
    display: grid;
    gap: 4px;
  }
  .search label {
    font-weight: 600;
  }
  .search-row {
    display: flex;
    gap: var(--_space);
  }
  .search-row input {
    flex: 1;
    min-width: 0;
  }
  .searching {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .bookings,
  .sessions,
  .history ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--booking-inbox-row-gap, var(--_space));
  }
  .booking {
    display: grid;
    grid-template-columns: 1fr auto;
    align-items: center;
    gap: 4px var(--_space);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .booking > .muted {
    grid-column: 1;
  }
  .booking .open {
    grid-column: 2;
    grid-row: 1 / span 2;
  }
  .who {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .name {
    font-weight: 600;
  }
  .status {
    padding: 0 8px;
    border-radius: 999px;
    border: 1px solid var(--_border);
    font-size: 0.85em;
  }
  .status.pending {
    border-color: var(--booking-color-pending, var(--_accent));
    color: var(--booking-color-pending, var(--_accent));
  }
  .status.cancelled,
  .status.declined,
  .status.no_show {
    color: var(--_danger);
    border-color: var(--_danger);
  }
  .status.completed {
    color: var(--_success);
    border-color: var(--_success);
  }
  .empty {
    margin: 0;
  }
  .row-skeleton {
    height: 4rem;
  }
  .pager {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  .back,
  .record {
    justify-self: start;
  }
  /* Each dt and dd pair is a row of its own (the shared dl is two columns of bare dt and dd). */
  .facts,
  .totals {
    margin: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }
  .totals {
    grid-template-columns: repeat(auto-fit, minmax(8rem, 1fr));
  }
  .totals > div {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .facts > div {
    display: grid;
    grid-template-columns: minmax(6rem, 10rem) minmax(0, 1fr);
    gap: var(--_space);
  }
  .totals > div {
    display: grid;
    gap: 2px;
  }
  .totals dd {
    font-weight: 600;
    font-size: 1.15em;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    min-width: 0;
  }
  .steps {
    gap: var(--_space);
  }
  .actions {
    flex-wrap: wrap;
  }
  .reason-form {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .reason-form h4 {
    margin: 0;
  }
  .notice.done {
    border-inline-start-color: var(--_success);
  }
  .notice p {
    margin: 0 0 var(--_space);
  }
  .history li,
  .sessions li {
    display: grid;
    gap: 2px;
  }
  .link {
    justify-self: start;
    text-align: start;
    border: 0;
    padding-inline: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
  }
  .money + .money::before {
    content: ' · ';
  }
  @container (max-width: 420px) {
    .booking {
      grid-template-columns: 1fr;
    }
    .booking .open {
      grid-column: 1;
      grid-row: auto;
      justify-self: start;
    }
    .facts > div {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
  }
`;
