import { SponsorshipErrorCodes, type SponsorLogoMediaType } from '@summitdesk/contracts';
import { fileTypeFromFile } from 'file-type';
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { AppError } from '../common/app-error.js';
import { NotAnSvg, sanitizeSvg } from '../common/images/svg-sanitizer.js';

export type ProcessedLogo = { type: SponsorLogoMediaType; extension: 'png' | 'svg'; logo: Buffer };

const MAX_EDGE = 1024;
// Decompression bombs: a tiny file that claims 100 000 × 100 000 pixels is refused before decoding.
const MAX_INPUT_PIXELS = 50_000_000;

const unsupported = (message: string) =>
  new AppError(415, SponsorshipErrorCodes.LOGO_UNSUPPORTED, message, { file: 'must be a PNG or SVG image' });

// Recognised by its bytes (never its name or declared type). A PNG is re-encoded (a file that merely
// looks like one does not survive decoding; metadata is dropped); an SVG is sanitised like contest
// artwork (no script, no external references) and must render.
export async function processLogo(path: string): Promise<ProcessedLogo> {
  const detected = await fileTypeFromFile(path);
  if (detected?.mime === 'image/png') {
    try {
      const logo = await sharp(path, { limitInputPixels: MAX_INPUT_PIXELS })
        .resize({ width: MAX_EDGE, height: MAX_EDGE, fit: 'inside', withoutEnlargement: true })
        .png()
        .toBuffer();
      return { type: 'image/png', extension: 'png', logo };
    } catch (error) {
      throw unsupported(`The PNG file could not be read as an image (${shortReason(error)})`);
    }
  }
  if (detected && detected.mime !== 'application/xml') {
    throw unsupported(`The file is ${detected.mime} (.${detected.ext}); upload the logo as a PNG or SVG image`);
  }
  const source = await readFile(path, 'utf8');
  if (source.includes('\u0000') || source.includes('\uFFFD')) throw unsupported('The file is not an image: upload a PNG or SVG logo');
  let clean: string;
  try {
    clean = sanitizeSvg(source);
  } catch (error) {
    if (error instanceof NotAnSvg) throw unsupported(`The file is not a PNG or SVG image: ${error.message}`);
    throw error;
  }
  const logo = Buffer.from(clean, 'utf8');
  try {
    // Rendering is the real parse: malformed XML or a drawing too large to draw is refused here.
    await sharp(logo, { limitInputPixels: MAX_INPUT_PIXELS }).resize({ width: 64, height: 64, fit: 'inside' }).png().toBuffer();
  } catch (error) {
    throw unsupported(`The SVG drawing could not be rendered (${shortReason(error)})`);
  }
  return { type: 'image/svg+xml', extension: 'svg', logo };
}

const shortReason = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0].slice(0, 160) : 'unreadable');
