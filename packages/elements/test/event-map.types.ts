// Type-level test (checked by `tsc`, never run): a host's listeners get typed events from the
// element, from any HTMLElement and from the document, because the elements augment
// HTMLElementEventMap. Without the augmentation `event.detail` does not exist on `Event` and this
// file fails to compile; each `@ts-expect-error` fails it if a type gets looser.
import type {
  BookingConfirmedEvent,
  BookingWidget,
  GroupEventList,
  GroupEventRegisteredEvent,
} from '../src/index.js';

declare const widget: BookingWidget;
declare const list: GroupEventList;
declare const anyElement: HTMLElement;

export const checks = [
  widget.addEventListener('booking-confirmed', (event) => {
    const id: string = event.detail.booking.id;
    const url: string | undefined = event.detail.manageUrl;
    const typed: BookingConfirmedEvent = event;
    // @ts-expect-error the detail has no such field
    void event.detail.nope;
    void [id, url, typed];
  }),
  widget.addEventListener('booking-ready', (event) => void event.detail.providerTimeZone.length),
  widget.addEventListener('booking-slot-select', (event) => void event.detail.price.amount),
  widget.addEventListener('booking-request', (event) => {
    event.preventDefault();
    void event.detail.request.start;
  }),
  widget.addEventListener('booking-step-change', (event) => {
    // @ts-expect-error a step is one of the widget's steps
    const step: 'checkout' = event.detail.step;
    void step;
  }),
  widget.addEventListener('booking-error', (event) => {
    const { kind, message, shown } = event.detail;
    void [kind, message, shown];
  }),
  list.addEventListener('group-event-select', (event) => void event.detail.seatsLeft),
  list.addEventListener('group-event-register-request', (event) => void event.detail.request.seats),
  list.addEventListener('group-event-registered', (event) => {
    const typed: GroupEventRegisteredEvent = event;
    void typed.detail.eventId;
  }),
  list.addEventListener('group-event-waitlisted', (event) => void event.detail.position),
  // Bubbling and composed: a listener on any ancestor, or the document, gets the same types.
  anyElement.addEventListener('booking-confirmed', (event) => void event.detail.quote.total),
  document.addEventListener('group-event-waitlisted', (event) => void event.detail.entry),
];
