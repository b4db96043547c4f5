import { Global, Module } from '@nestjs/common';
import { UploadsService } from './uploads.service.js';

// Checked uploads on top of the shared file storage (storage/, a local directory under
// DATA_DIR/uploads by default); any feature that takes images injects UploadsService.
@Global()
@Module({ providers: [UploadsService], exports: [UploadsService] })
export class UploadsModule {}
