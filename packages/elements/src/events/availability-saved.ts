import type { AvailabilitySavedDetail } from './detail.js';

/**
 * `availability-saved`: the backend stored the schedule (its new version is in the detail).
 * Bubbles and crosses shadow roots.
 *
 * @example
 * editor.addEventListener('availability-saved', (event) => console.log(event.detail.schedule.version));
 */
export class AvailabilitySavedEvent extends CustomEvent<AvailabilitySavedDetail> {
  static readonly type = 'availability-saved';
  constructor(detail: AvailabilitySavedDetail) {
    super('availability-saved', { detail, bubbles: true, composed: true, cancelable: false });
  }
}

declare global {
  // Typed listeners on the element, on any ancestor (the event bubbles) and on the document
  // (it is composed): `addEventListener('availability-saved', (event) => event.detail…)`.
  interface HTMLElementEventMap {
    'availability-saved': AvailabilitySavedEvent;
  }
  interface DocumentEventMap {
    'availability-saved': AvailabilitySavedEvent;
  }
}
