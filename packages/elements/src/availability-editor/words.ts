// <availability-editor>'s own words, one module per language, loaded beside the visitor elements'
// catalogs (the zone picker's and the errors' words) when a page first shows that language.
import { catalogSet, type CatalogSet } from '../shared/i18n.js';
import type en from './catalogs/en.js';

export type EditorKey = keyof typeof en;
export type EditorTranslate = ReturnType<CatalogSet<EditorKey>['translator']>;

export const editorCatalogs = catalogSet<EditorKey>({
  en: () => import('./catalogs/en.js'),
  de: () => import('./catalogs/de.js'),
  fr: () => import('./catalogs/fr.js'),
  es: () => import('./catalogs/es.js'),
  ar: () => import('./catalogs/ar.js'),
});
