import { describe, expect, it } from 'vitest';
import { IdSchema, MAX_INT4, webUrl } from './fields.js';

describe('webUrl', () => {
  it('accepts http and https addresses', () => {
    expect(webUrl().safeParse('https://xenproject.org/summit').success).toBe(true);
    expect(webUrl().safeParse('http://example.org').success).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org',
    'mailto:a@example.org',
    'https//example.org',
  ])('refuses %s', (value) => {
    const result = webUrl().safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toMatch(/http/);
  });

  it('refuses an address longer than allowed', () => {
    expect(webUrl(30).safeParse(`https://example.org/${'a'.repeat(30)}`).success).toBe(false);
  });
});

describe('IdSchema', () => {
  it('refuses ids beyond the PostgreSQL integer range', () => {
    expect(IdSchema.safeParse(MAX_INT4).success).toBe(true);
    expect(IdSchema.safeParse(MAX_INT4 + 1).success).toBe(false);
    expect(IdSchema.safeParse(0).success).toBe(false);
  });
});
