import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

// Raw HTML in the Markdown is escaped by markdown-it (html: false); sanitize-html then removes
// anything else unsafe (javascript: links and the like) from what markdown-it produced.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

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

function render(source: string): string {
  return sanitizeHtml(markdown.render(source), {
    allowedTags: [
      'p',
      'br',
      'strong',
      'em',
      'code',
      'pre',
      'blockquote',
      'ul',
      'ol',
      'li',
      'a',
      'h1',
      'h2',
      'h3',
      'h4',
      'h5',
      'h6',
      'hr',
      'table',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
      's',
    ],
    allowedAttributes: { a: ['href', 'title', 'rel'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener noreferrer' }) },
  });
}
