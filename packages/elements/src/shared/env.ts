// What an element resolved from its attributes and the page, for the modules that render its
// steps and views.
import type { BookingAdapter } from '@booking/core/http';
import type { Translate } from './i18n.js';

/** What the element resolved from its attributes and the page. */
export interface Env {
  t: Translate;
  locale: string;
  /** The viewer's zone. */
  zone: string;
  cycle: 'h12' | 'h23' | undefined;
  now(): number;
  adapter: BookingAdapter | undefined;
}
