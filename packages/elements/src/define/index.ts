// Registers every element under its tag name. The script-tag bundle (booking-elements.js) is this
// module with its dependencies inside.
import './booking-widget.js';
import './group-event-list.js';
import './booking-manage.js';

export * from '../index.js';
