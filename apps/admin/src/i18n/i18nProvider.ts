import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import { resolveBrowserLocale, type TranslationMessages } from 'react-admin';
import { en } from './en';

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

const english: TranslationMessages = mergeDeep(englishMessages, en);

// The German messages are a chunk of their own, fetched the first time German is chosen: nobody
// reading in English downloads them.
let german: Promise<TranslationMessages> | undefined;
let germanLoaded: TranslationMessages | undefined;
const loadGerman = () =>
  (german ??= Promise.all([import('./de'), import('./raGerman')]).then(([{ de, deValidation }, { raGerman }]) => {
    germanLoaded = mergeDeep(mergeDeep(english, raGerman), { ...de, ...deValidation });
    return germanLoaded;
  }));

// The first locale must be at hand synchronously: a browser that prefers German waits for its chunk
// before the app starts.
const initialLocale = resolveBrowserLocale('en') === 'de' ? 'de' : 'en';
if (initialLocale === 'de') await loadGerman();

export const i18nProvider = polyglotI18nProvider(
  (locale) => (locale === 'de' ? (germanLoaded ?? loadGerman()) : english),
  initialLocale,
  locales,
  { allowMissing: true },
);
