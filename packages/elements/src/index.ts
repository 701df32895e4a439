/**
 * @booking/elements: the booking web components (`<booking-widget>`, `<group-event-list>`), built
 * with Lit on @booking/core. Classes are exported here without side effects; `./define` registers
 * them.
 *
 * @packageDocumentation
 */
export const version = '0.1.0';
