import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.js';

describe('renderMarkdown', () => {
  it('renders emphasis, lists and links', () => {
    const html = renderMarkdown('**Xen** on ARM\n\n- one\n- two\n\n[site](https://xen.org)');
    expect(html).toContain('<strong>Xen</strong>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<a href="https://xen.org" rel="nofollow noopener noreferrer">site</a>');
  });

  it('never lets script, event handlers or javascript: links through', () => {
    const html = renderMarkdown('<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1))');
    // Raw HTML arrives as text, never as tags.
    expect(html).not.toMatch(/<script|<img|href="javascript/i);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
