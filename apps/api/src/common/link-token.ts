import { createHash, randomBytes } from 'node:crypto';

// The secret of a mailed link (address verification, invitation). Only its hash is stored, so a
// leaked database copy or backup cannot be turned into working links.
export function newLinkToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashLinkToken(token) };
}

export const hashLinkToken = (token: string) => createHash('sha256').update(token).digest('hex');
