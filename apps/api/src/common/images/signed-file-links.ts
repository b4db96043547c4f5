import { createHmac, timingSafeEqual } from 'node:crypto';

const HOUR = 3600;

// Browsers load images without the bearer token, so uploaded images are served from public paths.
// Files that are public anyway get a plain link; the others are reachable only through a signed link
// that names the current file and expires, handed out in API responses to those who may see it.
// The key is derived from JWT_SECRET (which every replica shares) and the purpose, so a link for
// one kind of file is never valid for another.
export class SignedFileLinks {
  private readonly key: Buffer;

  constructor(secret: string, purpose: string) {
    this.key = createHmac('sha256', secret).update(`summitdesk ${purpose} links`).digest();
  }

  // `basePath` such as /api/public/sponsors/12/logo; the file's own name changes with every upload,
  // so browsers may cache a link as long as they like.
  url(basePath: string, recordId: number, kind: string, fileKey: string | null, isPublic: boolean): string | null {
    if (!fileKey) return null;
    const base = `${basePath}?v=${fileKey.split('/').pop()!.slice(0, 12)}`;
    if (isPublic) return base;
    // Rounded to the hour so that a page reloaded within the hour reuses cached images.
    const expires = String((Math.floor(Date.now() / 1000 / HOUR) + 2) * HOUR);
    return `${base}&expires=${expires}&signature=${this.sign(recordId, kind, fileKey, expires)}`;
  }

  verify(recordId: number, kind: string, fileKey: string | null, expires: unknown, signature: unknown, now = Date.now()): boolean {
    if (!fileKey || typeof expires !== 'string' || typeof signature !== 'string' || !/^\d{1,12}$/.test(expires)) return false;
    if (Number(expires) * 1000 < now) return false;
    const expected = Buffer.from(this.sign(recordId, kind, fileKey, expires));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  private sign(recordId: number, kind: string, fileKey: string, expires: string): string {
    return createHmac('sha256', this.key).update(`${recordId}\n${kind}\n${fileKey}\n${expires}`).digest('base64url');
  }
}
