// ISO 3166 alpha-2 codes with names from the browser's Intl data, so no country table ships in the bundle.
// Codes Intl knows that are not countries: user-assigned ranges, EU/UN groupings and exceptional reservations.
const NOT_COUNTRIES = /^(AA|Q[M-Z]|X[A-JL-Z]|ZZ|EU|EZ|UN|AC|CP|CQ|DG|EA|IC|TA)$/;
const cache = new Map<string, { id: string; name: string }[]>();

export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function countryChoices(locale: string): { id: string; name: string }[] {
  const cached = cache.get(locale);
  if (cached) return cached;
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const choices: { id: string; name: string }[] = [];
  for (const first of letters) {
    for (const second of letters) {
      const code = first + second;
      if (NOT_COUNTRIES.test(code)) continue;
      const name = names.of(code);
      if (name && name !== code) choices.push({ id: code, name });
    }
  }
  choices.sort((a, b) => a.name.localeCompare(b.name, locale));
  cache.set(locale, choices);
  return choices;
}
