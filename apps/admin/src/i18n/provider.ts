import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { browserLocale, createI18nProvider } from './translator';

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

// An i18nProvider over the given English catalog (the admin's whole one, or the public pages' part).
// The German messages are a chunk of their own, fetched the first time German is chosen: nobody
// reading in English downloads them. A browser that prefers German starts in German: the shell waits
// for `ready` before its first render (main.tsx), so no module needs a top-level await (which would
// switch off Rolldown's chunk merging for the whole build).
export function makeI18nProvider(catalog: Record<string, unknown>) {
  const english: TranslationMessages = mergeDeep(englishMessages, catalog);
  let german: Promise<TranslationMessages> | undefined;
  let germanLoaded: TranslationMessages | undefined;
  const loadGerman = () =>
    (german ??= Promise.all([import('./de'), import('./raGerman')]).then(([{ de, deValidation }, { raGerman }]) => {
      germanLoaded = mergeDeep(mergeDeep(english, raGerman), { ...de, ...deValidation });
      return germanLoaded;
    }));
  const initialLocale = browserLocale('en') === 'de' ? 'de' : 'en';
  return createI18nProvider((locale) => (locale === 'de' ? (germanLoaded ?? loadGerman()) : english), initialLocale, locales);
}
