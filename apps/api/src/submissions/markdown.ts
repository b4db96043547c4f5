import { markdownRenderer } from '../common/markdown.js';

// Abstracts are rendered on every list page and record they appear on, and change rarely: the last
// thousand renderings of up to 10,000 characters are kept (the same source always renders the same
// HTML), at most a few tens of megabytes.
const CACHE_SIZE = 1000;
const CACHED_LENGTH = 10_000;
const rendered = new Map<string, string>();

export function renderMarkdown(source: string): string {
  const cached = rendered.get(source);
  if (cached !== undefined) {
    // Most recently used last, so the oldest is the first to go.
    rendered.delete(source);
    rendered.set(source, cached);
    return cached;
  }
  const html = render(source);
  if (source.length > CACHED_LENGTH) return html;
  if (rendered.size >= CACHE_SIZE) rendered.delete(rendered.keys().next().value!);
  rendered.set(source, html);
  return html;
}

// Abstracts are technical: quotes stay straight; links open in place, as the rest of the review does.
const render = markdownRenderer({ headings: [1, 2, 3, 4, 5, 6], tables: true, typographer: false, linksInNewTab: false }).html;
