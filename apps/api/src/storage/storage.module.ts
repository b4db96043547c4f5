import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { FILE_STORAGE, type FileStorage } from './file-storage.js';
import { LocalFileStorage } from './local-file-storage.js';
import { S3FileStorage } from './s3-file-storage.js';
import { storageConfig } from './storage.config.js';

export function createFileStorage(env: NodeJS.ProcessEnv, dataDir: string): FileStorage {
  const config = storageConfig(env, dataDir);
  return config.kind === 's3' ? new S3FileStorage(config) : new LocalFileStorage(config.directory);
}

// Global so that any feature with uploads (contest artwork, booth report photos) injects FILE_STORAGE.
@Global()
@Module({
  providers: [
    { provide: FILE_STORAGE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createFileStorage(process.env, config.DATA_DIR) },
  ],
  exports: [FILE_STORAGE],
})
export class StorageModule {}
