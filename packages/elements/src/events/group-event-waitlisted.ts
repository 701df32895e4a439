import type { GroupEventWaitlistedDetail } from './detail.js';

/**
 * `group-event-waitlisted`: the client joined the waitlist of a full event. Bubbles and crosses shadow roots.
 *
 * @example
 * list.addEventListener('group-event-waitlisted', (event) => console.log(event.detail));
 */
export class GroupEventWaitlistedEvent extends CustomEvent<GroupEventWaitlistedDetail> {
  static readonly type = 'group-event-waitlisted';
  constructor(detail: GroupEventWaitlistedDetail) {
    super('group-event-waitlisted', { detail, bubbles: true, composed: true, cancelable: false });
  }
}

declare global {
  // Typed listeners on the element, on any ancestor (the event bubbles) and on the document
  // (it is composed): `addEventListener('group-event-waitlisted', (event) => event.detail…)`.
  interface HTMLElementEventMap {
    'group-event-waitlisted': GroupEventWaitlistedEvent;
  }
  interface DocumentEventMap {
    'group-event-waitlisted': GroupEventWaitlistedEvent;
  }
}
