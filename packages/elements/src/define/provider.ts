// Registers the provider's elements under their tag names. The provider's script-tag bundle
// (booking-provider.js) is this module with its dependencies inside.
import './booking-inbox.js';
import './availability-editor.js';

export * from '../provider.js';
