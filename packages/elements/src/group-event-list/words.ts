// <group-event-list>'s own words (the list, its filters, seats, registration and waitlist), one
// module per language, loaded beside the visitor elements' set (the zone picker's, the price's,
// the errors'); a page without a <group-event-list> never downloads them.
import { catalogSet, translatorOf } from '../shared/i18n.js';
import type en from './catalogs/en.js';

export type GroupKey = keyof typeof en;

export const groupCatalogs = catalogSet<GroupKey>({
  en: () => import('./catalogs/en.js'),
  de: () => import('./catalogs/de.js'),
  fr: () => import('./catalogs/fr.js'),
  es: () => import('./catalogs/es.js'),
  ar: () => import('./catalogs/ar.js'),
});

/** A translator over <group-event-list>'s own keys and the visitor elements' ones. */
export type GroupTranslate = ReturnType<typeof translatorOf<GroupKey>>;

/** The translator of a locale (after both sets `load`). */
export const groupTranslator = (locale: string): GroupTranslate =>
  translatorOf(groupCatalogs, locale);
