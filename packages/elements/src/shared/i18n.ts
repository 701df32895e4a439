// The elements' messages: one catalog module per language (English, German, French, Spanish,
// Arabic), each loaded only when a page shows that language. Messages take {named} values; dates,
// times and money are formatted by Intl, never here.
import type en from './catalogs/en.js';

export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, string>;

/** Each language's catalog is its own module, so a page downloads only the one it shows. */
const loaders: Record<string, () => Promise<{ default: Catalog }>> = {
  en: () => import('./catalogs/en.js'),
  de: () => import('./catalogs/de.js'),
  fr: () => import('./catalogs/fr.js'),
  es: () => import('./catalogs/es.js'),
  ar: () => import('./catalogs/ar.js'),
};
const loaded = new Map<string, Catalog>();
const loading = new Map<string, Promise<Catalog>>();
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi']);

/** The languages with a catalog. */
export const LANGUAGES = Object.keys(loaders);

/**
 * The locale to use: the element's `locale`, else the page's `<html lang>`, else the browser's,
 * else English.
 */
export function resolveLocale(attribute: string | null | undefined, element?: Element): string {
  const candidates = [
    attribute,
    element?.closest('[lang]')?.getAttribute('lang'),
    globalThis.document?.documentElement.lang,
    globalThis.navigator?.language,
    'en',
  ];
  for (const c of candidates) {
    if (!c) continue;
    try {
      return Intl.getCanonicalLocales(c)[0]!;
    } catch {
      // Not a BCP 47 tag: try the next source.
    }
  }
  return 'en';
}

/** The catalog language of a locale: its language when there is a catalog for it, else English. */
function languageOf(locale: string): string {
  const language = locale.split('-')[0]!.toLowerCase();
  return language in loaders ? language : 'en';
}

/**
 * Loads the catalog of a locale's language (once; later calls share the download). When it cannot
 * be downloaded, English is used, and the next call tries again.
 */
export function loadCatalog(locale: string): Promise<Catalog> {
  const language = languageOf(locale);
  const cached = loaded.get(language);
  if (cached) return Promise.resolve(cached);
  let pending = loading.get(language);
  if (!pending) {
    pending = loaders[language]!()
      .then(({ default: catalog }) => {
        loaded.set(language, catalog);
        return catalog;
      })
      .catch((error: unknown) => {
        if (language === 'en') throw error;
        return loadCatalog('en');
      })
      .finally(() => loading.delete(language));
    loading.set(language, pending);
  }
  return pending;
}

/** Whether the catalog of a locale's language is here (render waits for it otherwise). */
export function hasCatalog(locale: string): boolean {
  return loaded.has(languageOf(locale));
}

/** `rtl` for right-to-left languages. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RTL.has(locale.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}

/** A translator for a locale (after `loadCatalog`): `t('stepOf', { n: 1, total: 4 })`. */
export function translator(locale: string) {
  // Until a catalog is here (the elements wait for it before rendering), English if it is, else
  // the keys themselves.
  const catalog = loaded.get(languageOf(locale)) ?? loaded.get('en');
  const raw = (key: MessageKey): string => catalog?.[key] ?? key;
  const t = (key: MessageKey, values: Record<string, string | number> = {}) =>
    raw(key).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
  /** The message with its `{placeholders}` left in (for templates that isolate the values). */
  t.raw = raw;
  return t;
}
export type Translate = ReturnType<typeof translator>;

/** The translated message of a core field-error code (the English core message otherwise). */
export function fieldErrorText(t: Translate, code: string, fallback: string): string {
  const keys: Record<string, MessageKey> = {
    required: 'errRequired',
    invalid_email: 'errEmail',
    invalid_phone: 'errPhone',
    too_long: 'errTooLong',
    invalid_choice: 'errChoice',
    must_accept: 'errAccept',
  };
  const key = keys[code];
  return key ? t(key) : fallback;
}
