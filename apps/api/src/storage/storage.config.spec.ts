import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import type { FileStorage } from './file-storage.js';
import { LocalFileStorage } from './local-file-storage.js';
import { S3FileStorage } from './s3-file-storage.js';
import { createFileStorage } from './storage.module.js';
import { storageConfig } from './storage.config.js';

// No S3 server runs here, so the bucket option is tested as far as its configuration goes.
describe('storageConfig', () => {
  it('keeps uploads under DATA_DIR/uploads when no bucket is configured', () => {
    expect(storageConfig({}, '/srv/data')).toEqual({ kind: 'local', directory: '/srv/data/uploads' });
    expect(storageConfig({ S3_BUCKET: '' }, '/srv/data').kind).toBe('local');
  });

  it('uses an S3-compatible bucket when S3_BUCKET is set, path-style against a custom endpoint', () => {
    const env = {
      S3_ENDPOINT: 'http://minio:9000',
      S3_BUCKET: 'uploads',
      S3_ACCESS_KEY_ID: 'id',
      S3_SECRET_ACCESS_KEY: 'secret',
      S3_REGION: 'eu-central-1',
    };
    expect(storageConfig(env, '/srv/data')).toEqual({
      kind: 's3',
      bucket: 'uploads',
      region: 'eu-central-1',
      endpoint: 'http://minio:9000',
      credentials: { accessKeyId: 'id', secretAccessKey: 'secret' },
    });
    expect(createFileStorage(env, '/srv/data')).toBeInstanceOf(S3FileStorage);
  });

  it('defaults the region and leaves credentials to the AWS chain when none are given', () => {
    expect(storageConfig({ S3_BUCKET: 'uploads' }, '/d')).toEqual({ kind: 's3', bucket: 'uploads', region: 'us-east-1' });
  });

  it('stops start-up when the bucket is half configured', () => {
    expect(() => storageConfig({ S3_ENDPOINT: 'http://minio:9000' }, '/d')).toThrow(/S3_BUCKET: is required when S3_ENDPOINT is set/);
    expect(() => storageConfig({ S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'id' }, '/d')).toThrow(/set both/);
    expect(() => storageConfig({ S3_BUCKET: 'b', S3_ENDPOINT: 'minio:9000' }, '/d')).toThrow(/S3_ENDPOINT: must be an http\(s\) URL/);
  });
});

describe(LocalFileStorage.name, () => {
  const storage: FileStorage = new LocalFileStorage(mkdtempSync(join(tmpdir(), 'summitdesk-storage-')));

  it('stores, opens and removes a file by key', async () => {
    await storage.put('contest-entries/1/abc.png', Buffer.from('picture'), 'image/png');
    const opened = await storage.open('contest-entries/1/abc.png');
    expect(opened?.size).toBe(7);
    expect(await text(opened!.stream)).toBe('picture');
    await storage.remove('contest-entries/1/abc.png');
    expect(await storage.open('contest-entries/1/abc.png')).toBeNull();
  });

  it('refuses keys that could leave its directory', async () => {
    await expect(storage.put('../etc/passwd', Buffer.from('x'), 'text/plain')).rejects.toThrow(/unsafe/);
    await expect(storage.open('/etc/passwd')).rejects.toThrow(/unsafe/);
  });
});
