import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import { resolveBrowserLocale, type TranslationMessages } from 'react-admin';
import { de, deValidation } from './de';
import { en } from './en';
import { raGerman } from './raGerman';

const locales = [
  { locale: 'en', name: 'English' },
  { locale: 'de', name: 'Deutsch' },
];

// German falls back to English key by key, so a missing German ra.* message shows in English, not as a key.
function mergeDeep<T extends Record<string, unknown>>(base: T, override: Record<string, unknown>): T {
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = result[key];
    result[key] =
      value && typeof value === 'object' && current && typeof current === 'object'
        ? mergeDeep(current as Record<string, unknown>, value as Record<string, unknown>)
        : value;
  }
  return result as T;
}

const catalogs: Record<string, TranslationMessages> = {
  en: mergeDeep(englishMessages, en),
  de: mergeDeep(mergeDeep(mergeDeep(englishMessages, en), raGerman), { ...de, ...deValidation }),
};

const browserLocale = resolveBrowserLocale('en');
const initialLocale = catalogs[browserLocale] ? browserLocale : 'en';

export const i18nProvider = polyglotI18nProvider((locale) => catalogs[locale] ?? catalogs.en!, initialLocale, locales, {
  allowMissing: true,
});
