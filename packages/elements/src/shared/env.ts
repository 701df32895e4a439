// What an element resolved from its attributes and the page, for the modules that render its
// steps and views.
import type { BookingAdapter } from '@booking/core/http';
import type { Translate } from './i18n.js';

/**
 * What the element resolved from its attributes and the page; `T` is its translator (one over its
 * own words and the visitor elements' ones, when it has words of its own).
 */
export interface Env<T extends Translate = Translate> {
  t: T;
  locale: string;
  /** The viewer's zone. */
  zone: string;
  cycle: 'h12' | 'h23' | undefined;
  now(): number;
  adapter: BookingAdapter | undefined;
}
