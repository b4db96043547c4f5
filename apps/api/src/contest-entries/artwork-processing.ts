import { ContestErrorCodes, type ArtworkMediaType } from '@summitdesk/contracts';
import { fileTypeFromFile } from 'file-type';
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { AppError } from '../common/app-error.js';
import { NotAnSvg, sanitizeSvg } from '../common/images/svg-sanitizer.js';

export type ProcessedArtwork = { type: ArtworkMediaType; extension: string; artwork: Buffer; thumbnail: Buffer };

const RASTER: Record<string, { format: 'png' | 'jpeg' | 'webp'; type: ArtworkMediaType }> = {
  'image/png': { format: 'png', type: 'image/png' },
  'image/jpeg': { format: 'jpeg', type: 'image/jpeg' },
  'image/webp': { format: 'webp', type: 'image/webp' },
};

const MAX_EDGE = 2048;
const THUMBNAIL_EDGE = 480;
// Decompression bombs: a tiny file that claims 100 000 × 100 000 pixels is refused before decoding.
const MAX_INPUT_PIXELS = 50_000_000;
const SVG_MAX_BYTES = 2 * 1024 * 1024;

const unsupported = (message: string) =>
  new AppError(415, ContestErrorCodes.ARTWORK_UNSUPPORTED, message, { file: 'must be a PNG, JPEG, WebP or SVG image' });

// Recognises the upload by its bytes (never its name or declared type), then re-encodes it: a file
// that merely looks like an image does not survive decoding, and metadata (GPS, camera) is dropped.
export async function processArtwork(path: string, size: number): Promise<ProcessedArtwork> {
  const detected = await fileTypeFromFile(path);
  const raster = detected && RASTER[detected.mime];
  if (raster) return processRaster(path, raster);
  if (!detected || detected.mime === 'application/xml') return processSvg(path, size);
  throw unsupported(`The file is ${detected.mime} (.${detected.ext}); upload the artwork as a PNG, JPEG, WebP or SVG image`);
}

async function processRaster(path: string, raster: (typeof RASTER)[string]): Promise<ProcessedArtwork> {
  try {
    const artwork = await sharp(path, { limitInputPixels: MAX_INPUT_PIXELS })
      .rotate()
      .resize({ width: MAX_EDGE, height: MAX_EDGE, fit: 'inside', withoutEnlargement: true })
      .toFormat(raster.format)
      .toBuffer();
    return { type: raster.type, extension: raster.format === 'jpeg' ? 'jpg' : raster.format, artwork, thumbnail: await thumbnail(artwork) };
  } catch (error) {
    throw unsupported(`The ${raster.format.toUpperCase()} file could not be read as an image (${shortReason(error)})`);
  }
}

async function processSvg(path: string, size: number): Promise<ProcessedArtwork> {
  if (size > SVG_MAX_BYTES)
    throw unsupported('The file is not a PNG, JPEG or WebP image, and is too large to be an SVG drawing (2 MB at most)');
  const source = await readFile(path, 'utf8');
  if (source.includes('\u0000') || source.includes('\uFFFD'))
    throw unsupported('The file is not an image: upload a PNG, JPEG, WebP or SVG');
  let clean: string;
  try {
    clean = sanitizeSvg(source);
  } catch (error) {
    if (error instanceof NotAnSvg) throw unsupported(`The file is not a PNG, JPEG, WebP or SVG image: ${error.message}`);
    throw error;
  }
  const artwork = Buffer.from(clean, 'utf8');
  try {
    // Rendering is the real parse: malformed XML or an SVG too large to draw is refused here.
    return { type: 'image/svg+xml', extension: 'svg', artwork, thumbnail: await thumbnail(artwork, true) };
  } catch (error) {
    throw unsupported(`The SVG drawing could not be rendered (${shortReason(error)})`);
  }
}

// Drawings scale up cleanly, so a small SVG still gets a full-size thumbnail; photos are never enlarged.
function thumbnail(image: Buffer, isDrawing = false): Promise<Buffer> {
  return sharp(image, { limitInputPixels: MAX_INPUT_PIXELS })
    .resize({ width: THUMBNAIL_EDGE, height: THUMBNAIL_EDGE, fit: 'inside', withoutEnlargement: !isDrawing })
    .webp({ quality: 80 })
    .toBuffer();
}

const shortReason = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0].slice(0, 160) : 'unreadable');
