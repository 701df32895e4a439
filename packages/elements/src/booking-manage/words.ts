// <booking-manage>'s own words (the booking's status and history, cancel, refund and move), one
// module per language, loaded beside the visitor elements' set (the summary's, the calendar's, the
// errors'); a page without a <booking-manage> never downloads them.
import { catalogSet, translatorOf } from '../shared/i18n.js';
import type en from './catalogs/en.js';

export type ManageKey = keyof typeof en;

export const manageCatalogs = catalogSet<ManageKey>({
  en: () => import('./catalogs/en.js'),
  de: () => import('./catalogs/de.js'),
  fr: () => import('./catalogs/fr.js'),
  es: () => import('./catalogs/es.js'),
  ar: () => import('./catalogs/ar.js'),
});

/** A translator over <booking-manage>'s own keys and the visitor elements' ones. */
export type ManageTranslate = ReturnType<typeof translatorOf<ManageKey>>;

/** The translator of a locale (after both sets `load`). */
export const manageTranslator = (locale: string): ManageTranslate =>
  translatorOf(manageCatalogs, locale);
