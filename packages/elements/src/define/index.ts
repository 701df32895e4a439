// Registers every visitor element at once (`@booking/elements/define`, for bundlers). The
// script-tag bundle (booking-elements.js) is ./auto.ts instead, which registers each element when
// its tag appears on the page.
import './booking-widget.js';
import './group-event-list.js';
import './booking-manage.js';

export * from '../index.js';
