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
