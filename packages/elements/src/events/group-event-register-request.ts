import type { GroupEventRegisterRequestDetail } from './detail.js';

/**
 * `group-event-register-request`: the client confirmed; the registration is about to be sent. Bubbles and crosses shadow roots. Cancelable: call `preventDefault()` to stop it.
 *
 * @example
 * list.addEventListener('group-event-register-request', (event) => console.log(event.detail));
 */
export class GroupEventRegisterRequestEvent extends CustomEvent<GroupEventRegisterRequestDetail> {
  static readonly type = 'group-event-register-request';
  constructor(detail: GroupEventRegisterRequestDetail) {
    super('group-event-register-request', {
      detail,
      bubbles: true,
      composed: true,
      cancelable: true,
    });
  }
}

declare global {
  // Typed listeners on the element, on any ancestor (the event bubbles) and on the document
  // (it is composed): `addEventListener('group-event-register-request', (event) => event.detail…)`.
  interface HTMLElementEventMap {
    'group-event-register-request': GroupEventRegisterRequestEvent;
  }
  interface DocumentEventMap {
    'group-event-register-request': GroupEventRegisterRequestEvent;
  }
}
