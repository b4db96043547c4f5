import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

// What people write in Markdown (abstracts, announcements, contest rules), shown as HTML. Raw HTML in
// the source is shown as text (html: false); the sanitiser is the second lock, so no script, event
// handler, style or javascript: link ever reaches a reader, a feed or a mail, whatever a Markdown
// extension might one day let through. Each use names what it allows beyond paragraphs, emphasis,
// code, quotes, lists and links.
const BASE_TAGS = ['p', 'br', 'strong', 'em', 's', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'hr'];
const TABLE_TAGS = ['table', 'thead', 'tbody', 'tr', 'th', 'td'];

export type MarkdownRules = {
  // Heading levels allowed, e.g. [2, 3, 4] where the page already has its own h1.
  headings: readonly number[];
  tables: boolean;
  // Straight quotes to curly ones and the like; off where the text is technical (abstracts).
  typographer: boolean;
  // Links open in a new tab (pages and mails about something else); list numbering may start anywhere.
  linksInNewTab: boolean;
};

export type MarkdownRenderer = {
  html: (source: string) => string;
  // The words alone, for plain-text mail and a feed's summary.
  text: (source: string) => string;
};

export function markdownRenderer(rules: MarkdownRules): MarkdownRenderer {
  const markdown = new MarkdownIt({ html: false, linkify: true, typographer: rules.typographer });
  const allowed: sanitizeHtml.IOptions = {
    allowedTags: [...BASE_TAGS, ...rules.headings.map((level) => `h${level}`), ...(rules.tables ? TABLE_TAGS : [])],
    allowedAttributes: rules.linksInNewTab ? { a: ['href', 'title', 'rel', 'target'], ol: ['start'] } : { a: ['href', 'title', 'rel'] },
    allowedSchemes: ['https', 'http', 'mailto'],
    transformTags: {
      a: sanitizeHtml.simpleTransform('a', {
        rel: 'nofollow noopener noreferrer',
        ...(rules.linksInNewTab ? { target: '_blank' } : {}),
      }),
    },
  };
  return {
    html: (source) => sanitizeHtml(markdown.render(source), allowed),
    text: (source) =>
      sanitizeHtml(markdown.render(source), { allowedTags: [], allowedAttributes: {} })
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/\n{3,}/g, '\n\n')
        .trim(),
  };
}
