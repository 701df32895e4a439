// Registers <availability-editor> (once, even when loaded twice).
import { AvailabilityEditor } from '../availability-editor/availability-editor.js';

if (!customElements.get('availability-editor'))
  customElements.define('availability-editor', AvailabilityEditor);
