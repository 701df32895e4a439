import type { GroupEventSelectDetail } from './detail.js';

/**
 * `group-event-select`: the client opened an event to register. Bubbles and crosses shadow roots.
 *
 * @example
 * list.addEventListener('group-event-select', (event) => console.log(event.detail));
 */
export class GroupEventSelectEvent extends CustomEvent<GroupEventSelectDetail> {
  static readonly type = 'group-event-select';
  constructor(detail: GroupEventSelectDetail) {
    super('group-event-select', { detail, bubbles: true, composed: true, cancelable: false });
  }
}

declare global {
  // Typed listeners on the element, on any ancestor (the event bubbles) and on the document
  // (it is composed): `addEventListener('group-event-select', (event) => event.detail…)`.
  interface HTMLElementEventMap {
    'group-event-select': GroupEventSelectEvent;
  }
  interface DocumentEventMap {
    'group-event-select': GroupEventSelectEvent;
  }
}
