import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { SLIDES_MAX_BYTES } from '@summitdesk/contracts';
import { diskStorage } from 'multer';
import { join } from 'node:path';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { DigestsModule } from '../digests/digests.module.js';
import { PresentationHitsRepository } from './presentation-hits.repository.js';
import { PresentationsDigestSection } from './presentations-digest-section.js';
import { PresentationsController } from './presentations.controller.js';
import { PresentationsRepository } from './presentations.repository.js';
import { PresentationsService } from './presentations.service.js';
import { PublicPresentationsController } from './public-presentations.controller.js';
import { VisitorHits } from './visitor-hits.js';

// The presentation library (presentation, presentation_hit, presentation_salt). It reads the talks,
// their speakers and events with SQL, and exports PresentationsService for the digest (`newSince`).
@Module({
  imports: [
    // For DigestSections: the library adds its "new presentations" to the weekly digest.
    DigestsModule,
    // Slides stream to a temporary file on disk (never into memory); multer stops at the limit and
    // Nest answers 413.
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        storage: diskStorage({ destination: join(config.DATA_DIR, 'incoming') }),
        limits: { fileSize: SLIDES_MAX_BYTES, files: 1, fields: 4, parts: 6, fieldSize: 1024 },
      }),
    }),
  ],
  controllers: [PublicPresentationsController, PresentationsController],
  providers: [PresentationsService, PresentationsDigestSection, PresentationsRepository, VisitorHits, PresentationHitsRepository],
  exports: [PresentationsService],
})
export class PresentationsModule {}
