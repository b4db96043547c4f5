import type { I18nProvider, Locale, TranslationMessages } from 'react-admin';

// react-admin's i18nProvider with polyglot's rules (`%{name}` placeholders, `a |||| b` plural forms
// picked by `smart_count`, `_` as the text of a missing key, the key itself otherwise) in a few lines:
// node-polyglot brings object.entries and its polyfill helpers along, and react-admin's
// resolveBrowserLocale pulls in lodash; together about 15 kB gzipped on every page (bench/README.md).

type Phrases = Map<string, string>;
type Options = Record<string, unknown> | number | undefined;

function flatten(messages: object, prefix = '', into: Phrases = new Map()): Phrases {
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') flatten(value as object, path, into);
    else if (typeof value === 'string') into.set(path, value);
  }
  return into;
}

// English and German (the two languages offered) share polyglot's rule: one form for 1, the other otherwise.
function transform(phrase: string, options: Options): string {
  if (options === undefined || options === null) return phrase;
  const values: Record<string, unknown> = typeof options === 'number' ? { smart_count: options } : options;
  let result = phrase;
  const count = values.smart_count;
  if (count !== undefined && count !== null && phrase) {
    const forms = phrase.split('||||');
    result = (forms[Number(count) !== 1 ? 1 : 0] ?? forms[0]).trim();
  }
  return result.replace(/%\{(.*?)\}/g, (expression, name: string) =>
    Object.hasOwn(values, name) && values[name] !== undefined && values[name] !== null ? String(values[name]) : expression,
  );
}

export type ShellI18nProvider = I18nProvider & { ready: Promise<void> };

// `ready` settles once the first locale's messages are at hand (at once for English; German is a
// chunk of its own): the shells render after it, as react-admin needs the first locale synchronously.
export function createI18nProvider(
  getMessages: (locale: string) => TranslationMessages | Promise<TranslationMessages>,
  initialLocale: string,
  locales: Locale[],
): ShellI18nProvider {
  let locale = initialLocale;
  let phrases: Phrases = new Map();
  const first = getMessages(initialLocale);
  // Should the German chunk fail to load, the shell still renders (with the keys) rather than nothing.
  const ready =
    first instanceof Promise ? first.then((messages) => void (phrases = flatten(messages))).catch(() => undefined) : Promise.resolve();
  if (!(first instanceof Promise)) phrases = flatten(first);
  return {
    ready,
    translate: (key: string, options?: Options) => {
      const phrase = phrases.get(key);
      if (phrase !== undefined) return transform(phrase, options);
      const fallback = typeof options === 'object' ? options?._ : undefined;
      return transform(typeof fallback === 'string' ? fallback : key, options);
    },
    changeLocale: async (next: string) => {
      const messages = await getMessages(next);
      locale = next;
      phrases = flatten(messages);
    },
    getLocale: () => locale,
    getLocales: () => locales,
  };
}

// The browser's preferred language, without its region ('de-AT' → 'de'), or the default.
export function browserLocale(fallback: string): string {
  const language = typeof navigator === 'undefined' ? undefined : navigator.language;
  return (language || fallback).split('-')[0];
}
