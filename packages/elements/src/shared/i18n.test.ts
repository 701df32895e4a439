// Which locale an element shows: its `locale`, else the page's language (with the region of the
// browser's own choice of that language when the page gives none), else the browser's.
import { expect } from '@open-wc/testing';
import { resolveLocale } from './i18n.js';

describe('resolveLocale', () => {
  const pageLang = document.documentElement.lang;
  const languages = Object.getOwnPropertyDescriptor(Navigator.prototype, 'languages')!;
  const language = Object.getOwnPropertyDescriptor(Navigator.prototype, 'language')!;
  /** The browser's languages, in its order of preference. */
  function browserSpeaks(...tags: string[]) {
    Object.defineProperty(Navigator.prototype, 'languages', {
      configurable: true,
      get: () => tags,
    });
    Object.defineProperty(Navigator.prototype, 'language', {
      configurable: true,
      get: () => tags[0],
    });
  }

  afterEach(() => {
    document.documentElement.lang = pageLang;
    Object.defineProperty(Navigator.prototype, 'languages', languages);
    Object.defineProperty(Navigator.prototype, 'language', language);
  });

  it("gives an English page the region of a British visitor's English", () => {
    document.documentElement.lang = 'en';
    browserSpeaks('de-DE', 'en-GB', 'en');
    expect(resolveLocale(null)).to.equal('en-GB');
    browserSpeaks('en');
    expect(resolveLocale(null)).to.equal('en');
  });

  it("keeps a page's region, a page language the browser does not speak, and the element's own locale", () => {
    document.documentElement.lang = 'en-US';
    browserSpeaks('en-GB');
    expect(resolveLocale(null)).to.equal('en-US');
    document.documentElement.lang = 'fr';
    expect(resolveLocale(null)).to.equal('fr');
    expect(resolveLocale('en')).to.equal('en');
    expect(resolveLocale('not a tag!')).to.equal('fr');
  });

  it('reads the nearest lang around the element, and the browser without one', () => {
    const box = document.createElement('div');
    box.lang = 'es';
    const inner = document.createElement('span');
    box.append(inner);
    browserSpeaks('es-MX', 'en-GB');
    expect(resolveLocale(undefined, inner)).to.equal('es-MX');
    document.documentElement.lang = '';
    expect(resolveLocale(undefined)).to.equal('es-MX');
  });
});
