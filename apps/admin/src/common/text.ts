// Fallback label for a code without a translation: 'mark_held' → 'Mark held'.
export function humanize(code: string): string {
  const words = code.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
