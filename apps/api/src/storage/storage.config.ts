import { join } from 'node:path';
import { z } from 'zod';

export type StorageConfig =
  | { kind: 'local'; directory: string }
  | { kind: 's3'; bucket: string; region: string; endpoint?: string; credentials?: { accessKeyId: string; secretAccessKey: string } };

const S3Env = z.object({
  S3_ENDPOINT: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL such as https://s3.example.com' }).optional(),
  S3_BUCKET: z.string().min(1).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_REGION: z.string().min(1).optional(),
});

// Read once at start; a half-configured bucket stops the API with a message rather than losing uploads.
export function storageConfig(env: NodeJS.ProcessEnv, dataDir: string): StorageConfig {
  const blankAsMissing = Object.fromEntries(Object.entries(env).filter(([key, value]) => key.startsWith('S3_') && value !== ''));
  const parsed = S3Env.safeParse(blankAsMissing);
  if (!parsed.success) {
    throw new Error(
      `Invalid configuration:\n${parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n')}`,
    );
  }
  const s3 = parsed.data;
  const given = Object.entries(s3)
    .filter(([, value]) => value !== undefined)
    .map(([key]) => key);
  if (!s3.S3_BUCKET) {
    if (given.length > 0)
      throw new Error(`Invalid configuration:\n  S3_BUCKET: is required when ${given.join(', ')} ${given.length > 1 ? 'are' : 'is'} set`);
    return { kind: 'local', directory: join(dataDir, 'uploads') };
  }
  if (Boolean(s3.S3_ACCESS_KEY_ID) !== Boolean(s3.S3_SECRET_ACCESS_KEY)) {
    throw new Error(
      'Invalid configuration:\n  S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: set both, or neither to use the default AWS credential chain',
    );
  }
  return {
    kind: 's3',
    bucket: s3.S3_BUCKET,
    region: s3.S3_REGION ?? 'us-east-1',
    ...(s3.S3_ENDPOINT ? { endpoint: s3.S3_ENDPOINT } : {}),
    ...(s3.S3_ACCESS_KEY_ID && s3.S3_SECRET_ACCESS_KEY
      ? { credentials: { accessKeyId: s3.S3_ACCESS_KEY_ID, secretAccessKey: s3.S3_SECRET_ACCESS_KEY } }
      : {}),
  };
}
