// Registers every element under its tag name. The script-tag bundle (booking-elements.js) is this
// module with its dependencies inside.
export { version } from '../index.js';
