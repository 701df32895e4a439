// Registers <group-event-list> (once, even when loaded twice).
import { GroupEventList } from '../group-event-list/group-event-list.js';

if (!customElements.get('group-event-list'))
  customElements.define('group-event-list', GroupEventList);
