import { PresentationErrorCodes } from '@summitdesk/contracts';
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { AppError } from '../common/app-error.js';

export type ProcessedSlides = { pdf: Buffer; pageCount: number; preview: Buffer };

type CanvasFactory = {
  create(
    width: number,
    height: number,
  ): {
    canvas: { width: number; height: number; toBuffer(type: 'image/png'): Buffer };
    context: { fillStyle: string; fillRect(x: number, y: number, width: number, height: number): void };
  };
};

const PREVIEW_WIDTH = 640;
// A page larger than this (in PDF points, 1/72 inch) is not a slide; refusing it keeps rendering bounded.
const MAX_PAGE_POINTS = 20_000;

const notAPdf = (message: string) => new AppError(415, PresentationErrorCodes.SLIDES_NOT_PDF, message, { file: 'must be a PDF document' });

// Recognised by content, never by name or declared type: the file must start with the PDF signature
// and pdf.js must parse it and draw its first page, which becomes the preview image (WebP). pdf.js is
// pure JavaScript and @napi-rs/canvas (which pdf.js brings along) ships its own Skia build, so no system binary is needed.
export async function processSlides(path: string): Promise<ProcessedSlides> {
  const pdf = await readFile(path);
  return processSlidesBuffer(pdf);
}

export async function processSlidesBuffer(pdf: Buffer): Promise<ProcessedSlides> {
  // The signature may follow a little junk (PDF readers accept up to 1 KB), but must be there.
  const head = pdf.subarray(0, 1024).toString('latin1');
  if (!head.includes('%PDF-')) throw notAPdf('The file is not a PDF document; export the slides as PDF and upload that');
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let document: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']> | undefined;
  try {
    document = await pdfjs.getDocument({
      data: new Uint8Array(pdf),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
    const page = await document.getPage(1);
    const base = page.getViewport({ scale: 1 });
    if (base.width > MAX_PAGE_POINTS || base.height > MAX_PAGE_POINTS) throw new Error('the first page is too large');
    const viewport = page.getViewport({ scale: PREVIEW_WIDTH / base.width });
    // In Node, pdf.js draws on @napi-rs/canvas (its own optional dependency) through its canvas factory.
    const factory = document.canvasFactory as CanvasFactory;
    const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvas: canvas as never, canvasContext: context as never, viewport }).promise;
    const preview = await sharp(canvas.toBuffer('image/png')).webp({ quality: 80 }).toBuffer();
    return { pdf, pageCount: document.numPages, preview };
  } catch (error) {
    if (error instanceof AppError) throw error;
    const reason = error instanceof Error ? error.message.split('\n')[0].slice(0, 160) : 'unreadable';
    throw notAPdf(`The file could not be read as a PDF document (${reason})`);
  } finally {
    await document?.destroy().catch(() => undefined);
  }
}
