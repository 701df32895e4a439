// The elements' messages: one catalog module per language (English, German, French, Spanish,
// Arabic), each loaded only when a page shows that language. Messages take {named} values; dates,
// times and money are formatted by Intl, never here.
import type en from './catalogs/en.js';

export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, string>;

/** A language's catalog module, loaded when a page first shows that language. */
export type CatalogLoaders<K extends string> = Record<
  string,
  () => Promise<{ default: Record<K, string> }>
>;

/**
 * One set of catalogs (the visitor elements' words, or one provider element's own): loads a
 * language once, falls back to English, and translates. Each element's set is its own modules, so
 * a page downloads only the words of the elements on it, in the one language it shows.
 */
export function catalogSet<K extends string>(loaders: CatalogLoaders<K>) {
  const loaded = new Map<string, Record<K, string>>();
  const loading = new Map<string, Promise<Record<K, string>>>();
  /** The catalog language of a locale: its language when there is a catalog for it, else English. */
  const languageOf = (locale: string): string => {
    const language = locale.split('-')[0]!.toLowerCase();
    return language in loaders ? language : 'en';
  };
  /**
   * Loads the catalog of a locale's language (once; later calls share the download). When it
   * cannot be downloaded, English is used, and the next call tries again.
   */
  const load = (locale: string): Promise<Record<K, string>> => {
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
          return load('en');
        })
        .finally(() => loading.delete(language));
      loading.set(language, pending);
    }
    return pending;
  };
  return {
    load,
    /** Whether the catalog of a locale's language is here (render waits for it otherwise). */
    has: (locale: string): boolean => loaded.has(languageOf(locale)),
    /** A translator for a locale (after `load`): `t('stepOf', { n: 1, total: 4 })`. */
    translator(locale: string) {
      // Until a catalog is here (the elements wait for it before rendering), English if it is,
      // else the keys themselves.
      const catalog = loaded.get(languageOf(locale)) ?? loaded.get('en');
      return translate<K>((key) => catalog?.[key] ?? key);
    },
  };
}
export type CatalogSet<K extends string = string> = ReturnType<typeof catalogSet<K>>;

/** A translator over a lookup: `t(key, values)` fills in `{named}` values, `t.raw(key)` does not. */
function translate<K extends string>(raw: (key: K) => string) {
  const t = (key: K, values: Record<string, string | number> = {}) =>
    raw(key).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
  /** The message with its `{placeholders}` left in (for templates that isolate the values). */
  t.raw = raw;
  return t;
}

/**
 * One translator over an element's own set and the visitor elements' one (after both `load`): an
 * own key is looked up in the own set, any other in the visitor set. It is a `Translate` too, so
 * the shared modules take it.
 */
export function translatorOf<K extends string>(own: CatalogSet<K>, locale: string) {
  const mine = own.translator(locale);
  const shared = visitorCatalogs.translator(locale);
  // A key a set does not have comes back as itself: then it is the other set's.
  return translate<K | MessageKey>((key) => {
    const text = mine.raw(key as K);
    return text === key ? shared.raw(key as MessageKey) : text;
  });
}
/** What an element waits for before it renders: a set of catalogs, whatever its keys. */
export type Catalogs = Pick<CatalogSet, 'load' | 'has'>;

/**
 * The words several elements share (the steps, the zone picker, the details form, the price, the
 * errors); an element's own words are a set of its own, loaded beside this one.
 */
export const visitorCatalogs = catalogSet<MessageKey>({
  en: () => import('./catalogs/en.js'),
  de: () => import('./catalogs/de.js'),
  fr: () => import('./catalogs/fr.js'),
  es: () => import('./catalogs/es.js'),
  ar: () => import('./catalogs/ar.js'),
});
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi']);

/** The languages with a catalog. */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'ar'];

/** `tag` in its canonical form, or undefined when it is not a BCP 47 tag. */
function canonical(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/**
 * The locale to use: the element's `locale`, else the page's `<html lang>`, else the browser's,
 * else English. A page's language without a region (`en`) takes the region of the browser's own
 * choice of that language (`en-GB`), so a British visitor of an English page reads British dates
 * and times; `locale` on the element is taken as it is.
 */
export function resolveLocale(attribute: string | null | undefined, element?: Element): string {
  const own = canonical(attribute);
  if (own) return own;
  const browser = (
    globalThis.navigator?.languages?.length
      ? globalThis.navigator.languages
      : [globalThis.navigator?.language]
  )
    .map(canonical)
    .filter((tag): tag is string => !!tag);
  const page =
    canonical(element?.closest('[lang]')?.getAttribute('lang')) ??
    canonical(globalThis.document?.documentElement.lang);
  if (page) {
    if (page.includes('-')) return page;
    return browser.find((tag) => tag.split('-')[0] === page && tag !== page) ?? page;
  }
  return browser[0] ?? 'en';
}

/** `rtl` for right-to-left languages. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RTL.has(locale.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}

export type Translate = ReturnType<CatalogSet<MessageKey>['translator']>;

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
