import { css } from 'lit';

/** The filters and the event cards: what only <group-event-list> has. */
export const styles = css`
  .filters {
    display: grid;
    gap: var(--_space);
  }
  .more-filters summary {
    cursor: pointer;
    min-height: 44px;
    display: flex;
    align-items: center;
    font-weight: 600;
  }
  .filters fieldset {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
    gap: var(--_space) calc(var(--_space) * 1.5);
    align-items: end;
  }
  .filters .check {
    grid-column: 1 / -1;
  }
  .events {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--booking-list-gap, calc(var(--_space) * 1.5));
  }
  .event {
    display: grid;
    gap: 6px;
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .event h3 {
    font-size: 1.1em;
  }
  .event p {
    margin: 0;
  }
  .meta {
    color: var(--_muted);
  }
  .seats {
    font-weight: 600;
    color: var(--_success);
  }
  .seats.full {
    color: var(--_danger);
  }
  .tags {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .tags li {
    padding: 2px 10px;
    border-radius: 999px;
    background: var(--_subtle);
    font-size: 0.85em;
  }
  details summary {
    cursor: pointer;
    min-height: 44px;
    display: flex;
    align-items: center;
    color: var(--_accent);
  }
  .skeleton-card {
    height: 9rem;
  }
`;
