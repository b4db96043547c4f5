import { createHmac, timingSafeEqual } from 'node:crypto';

// The one-click unsubscribe link of every mail: the address and an HMAC of it, so that it works
// without signing in and cannot be turned into someone else's link. The key is derived from the
// signing secret the replicas already share, under a label of its own.
const keyOf = (secret: string) => createHmac('sha256', secret).update('summitdesk/unsubscribe/v1').digest();

const macOf = (secret: string, email: string) => createHmac('sha256', keyOf(secret)).update(email.trim().toLowerCase()).digest('base64url');

export function unsubscribeToken(secret: string, email: string): string {
  return `${Buffer.from(email.trim().toLowerCase()).toString('base64url')}.${macOf(secret, email)}`;
}

// The address a token names, or null when it was not signed with our key.
export function readUnsubscribeToken(secret: string, token: string): string | null {
  const match = /^([A-Za-z0-9_-]{1,700})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const email = Buffer.from(match[1], 'base64url').toString('utf8');
  const expected = Buffer.from(macOf(secret, email));
  const given = Buffer.from(match[2]);
  return expected.length === given.length && timingSafeEqual(expected, given) ? email : null;
}

// RFC 8058: mail clients POST `List-Unsubscribe=One-Click` to this address; people click the page link.
export const oneClickUnsubscribeUrl = (publicUrl: string, secret: string, email: string) =>
  `${publicUrl}/api/public/unsubscribe?token=${unsubscribeToken(secret, email)}`;
export const unsubscribePageUrl = (publicUrl: string, secret: string, email: string) =>
  `${publicUrl}/unsubscribe#token=${unsubscribeToken(secret, email)}`;
