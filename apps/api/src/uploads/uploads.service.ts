import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { CommonErrorCodes } from '@summitdesk/contracts';
import { fileTypeFromBuffer } from 'file-type';
import { randomBytes } from 'node:crypto';
import { AppError, badRequest, notFound } from '../common/app-error.js';
import { FILE_STORAGE, type FileStorage } from '../storage/file-storage.js';
import { reencodePhoto } from './photo-reencoding.js';

export type UploadedFile = { buffer: Buffer; size: number; originalname?: string };
export type StoredFile = { key: string; mediaType: string; size: number };

// Photos as browsers and phones produce them; the bytes decide, never the name or the declared type.
export const PHOTO_TYPES: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' };

@Injectable()
export class UploadsService {
  constructor(@Inject(FILE_STORAGE) private readonly storage: FileStorage) {}

  // Checks the upload by its content and size, then stores it under `folder`; photos are re-encoded
  // so that nothing but the pixels is kept.
  async store(
    file: UploadedFile | undefined,
    folder: string,
    options: { maxBytes: number; types: Record<string, string>; reencode?: boolean },
  ): Promise<StoredFile> {
    if (!file || file.size === 0)
      throw badRequest(CommonErrorCodes.VALIDATION, 'Attach the file as the multipart field "file"', { file: 'is required' });
    if (file.size > options.maxBytes) {
      throw new AppError(
        HttpStatus.PAYLOAD_TOO_LARGE,
        CommonErrorCodes.TOO_LARGE,
        `The file is larger than the ${Math.round(options.maxBytes / 1_000_000)} MB allowed`,
        { file: 'is too large' },
      );
    }
    const sniffed = await fileTypeFromBuffer(file.buffer);
    const extension = sniffed && options.types[sniffed.mime];
    if (!sniffed || !extension) {
      const accepted = Object.keys(options.types).join(', ');
      throw new AppError(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        CommonErrorCodes.UNSUPPORTED_MEDIA_TYPE,
        `The file is ${sniffed ? sniffed.mime : 'of an unknown type'}; accepted: ${accepted}`,
        { file: `must be one of ${accepted}` },
      );
    }
    const key = `${folder}/${randomBytes(16).toString('hex')}.${extension}`;
    const bytes = options.reencode ? await reencodePhoto(file.buffer, sniffed.mime) : file.buffer;
    await this.storage.put(key, bytes, sniffed.mime);
    return { key, mediaType: sniffed.mime, size: bytes.length };
  }

  async open(key: string) {
    const opened = await this.storage.open(key);
    if (!opened) throw notFound('File');
    return opened;
  }

  // Best effort: used to clean up after a transaction that did not keep the file.
  async discard(key: string): Promise<void> {
    await this.storage.remove(key).catch(() => undefined);
  }
}
