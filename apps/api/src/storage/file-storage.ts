import type { Readable } from 'node:stream';

// Where uploaded files live: a local directory by default, an S3-compatible bucket when configured.
// Keys are relative paths chosen by the API (never by a client), e.g. "contest-entries/12/ab34.png".
export interface FileStorage {
  readonly kind: 'local' | 's3';
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  // null when there is no such file.
  open(key: string): Promise<{ stream: Readable; size?: number } | null>;
  remove(key: string): Promise<void>;
}

export const FILE_STORAGE = Symbol('FILE_STORAGE');

const SAFE_KEY = /^[a-z0-9][a-z0-9_-]*(\/[a-z0-9][a-z0-9_.-]*)*$/;

export function checkKey(key: string): string {
  if (!SAFE_KEY.test(key) || key.includes('..')) throw new Error(`Refusing an unsafe storage key: ${key}`);
  return key;
}
