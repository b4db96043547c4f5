import { CommonErrorCodes } from '@summitdesk/contracts';
import sharp from 'sharp';
import { AppError } from '../common/app-error.js';

const FORMATS: Record<string, 'png' | 'jpeg' | 'webp'> = { 'image/png': 'png', 'image/jpeg': 'jpeg', 'image/webp': 'webp' };
// Decompression bombs: a tiny file that claims huge dimensions is refused before decoding.
const MAX_INPUT_PIXELS = 50_000_000;

// Decodes and re-encodes a photo in its own format, as contest artwork is: EXIF (GPS position,
// camera serial), XMP and comments are dropped, the orientation is applied to the pixels, and a
// file that merely starts like an image does not survive.
export async function reencodePhoto(buffer: Buffer, mediaType: string): Promise<Buffer> {
  const format = FORMATS[mediaType];
  if (!format) return buffer;
  try {
    return await sharp(buffer, { limitInputPixels: MAX_INPUT_PIXELS }).rotate().toFormat(format).toBuffer();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0].slice(0, 160) : 'unreadable';
    throw new AppError(415, CommonErrorCodes.UNSUPPORTED_MEDIA_TYPE, `The file could not be read as an image (${reason})`, {
      file: 'is not a readable image',
    });
  }
}
