// <booking-widget>'s own words (its steps, the session's length, confirming, the booked view), one
// module per language, loaded beside the visitor elements' set (the calendar's, the details form's,
// the errors'); a page without a <booking-widget> never downloads them.
import { catalogSet, translatorOf } from '../shared/i18n.js';
import type en from './catalogs/en.js';

export type WidgetKey = keyof typeof en;

export const widgetCatalogs = catalogSet<WidgetKey>({
  en: () => import('./catalogs/en.js'),
  de: () => import('./catalogs/de.js'),
  fr: () => import('./catalogs/fr.js'),
  es: () => import('./catalogs/es.js'),
  ar: () => import('./catalogs/ar.js'),
});

/** A translator over <booking-widget>'s own keys and the visitor elements' ones. */
export type WidgetTranslate = ReturnType<typeof translatorOf<WidgetKey>>;

/** The translator of a locale (after both sets `load`). */
export const widgetTranslator = (locale: string): WidgetTranslate =>
  translatorOf(widgetCatalogs, locale);
