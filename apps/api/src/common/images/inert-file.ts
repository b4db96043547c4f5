import type { Response } from 'express';

// Uploaded images are served so that they can never act as a page: a fixed image type, no sniffing,
// and a CSP that forbids everything (an SVG opened on its own runs no script and loads nothing).
export function setInertImageHeaders(response: Response, signed: boolean): void {
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
  response.setHeader('Cache-Control', signed ? 'private, max-age=3600' : 'public, max-age=300');
}
