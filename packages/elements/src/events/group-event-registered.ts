import type { GroupEventRegisteredDetail } from './detail.js';

/**
 * `group-event-registered`: the backend accepted the registration. Bubbles and crosses shadow roots.
 *
 * @example
 * list.addEventListener('group-event-registered', (event) => console.log(event.detail));
 */
export class GroupEventRegisteredEvent extends CustomEvent<GroupEventRegisteredDetail> {
  static readonly type = 'group-event-registered';
  constructor(detail: GroupEventRegisteredDetail) {
    super('group-event-registered', { detail, bubbles: true, composed: true, cancelable: false });
  }
}

declare global {
  // Typed listeners on the element, on any ancestor (the event bubbles) and on the document
  // (it is composed): `addEventListener('group-event-registered', (event) => event.detail…)`.
  interface HTMLElementEventMap {
    'group-event-registered': GroupEventRegisteredEvent;
  }
  interface DocumentEventMap {
    'group-event-registered': GroupEventRegisteredEvent;
  }
}
