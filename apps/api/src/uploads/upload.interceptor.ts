import { FileInterceptor } from '@nestjs/platform-express';

// One multipart field `file`, held in memory up to `maxBytes`: multer stops reading past the limit
// (Nest answers 413) so an oversized upload never fills memory or disk.
export const singleFileUpload = (maxBytes: number) => FileInterceptor('file', { limits: { fileSize: maxBytes, files: 1, fields: 10 } });
