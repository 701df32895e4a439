import type { AvailabilitySaveRequestDetail } from './detail.js';

/**
 * `availability-save-request`: the provider saves; the schedule is about to be sent. Bubbles and
 * crosses shadow roots. Cancelable: call `preventDefault()` to stop it (nothing typed is lost).
 *
 * @example
 * editor.addEventListener('availability-save-request', (event) => console.log(event.detail.schedule));
 */
export class AvailabilitySaveRequestEvent extends CustomEvent<AvailabilitySaveRequestDetail> {
  static readonly type = 'availability-save-request';
  constructor(detail: AvailabilitySaveRequestDetail) {
    super('availability-save-request', {
      detail,
      bubbles: true,
      composed: true,
      cancelable: true,
    });
  }
}

declare global {
  // Typed listeners on the element, on any ancestor (the event bubbles) and on the document
  // (it is composed): `addEventListener('availability-save-request', (event) => event.detail…)`.
  interface HTMLElementEventMap {
    'availability-save-request': AvailabilitySaveRequestEvent;
  }
  interface DocumentEventMap {
    'availability-save-request': AvailabilitySaveRequestEvent;
  }
}
