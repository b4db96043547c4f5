import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { ARTWORK_MAX_BYTES } from '@summitdesk/contracts';
import { diskStorage } from 'multer';
import { join } from 'node:path';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { CONTEST_ENTRY_FACTS } from '../contests/contest-entry-facts.js';
import { ArtworkLinks } from './artwork-links.js';
import { ArtworkService } from './artwork.service.js';
import { ContestEntriesController } from './contest-entries.controller.js';
import { ContestEntriesService } from './contest-entries.service.js';
import { ContestEntryFactsService } from './contest-entry-facts.service.js';
import { PublicArtworkController } from './public-artwork.controller.js';

@Module({
  imports: [
    // Uploads stream to a temporary file on disk (never into memory); multer stops counting at the
    // limit, drops the partial file and answers 413. One file, no other parts worth speaking of.
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        storage: diskStorage({ destination: join(config.DATA_DIR, 'incoming') }),
        limits: { fileSize: ARTWORK_MAX_BYTES, files: 1, fields: 4, parts: 6, fieldSize: 1024 },
      }),
    }),
  ],
  controllers: [PublicArtworkController, ContestEntriesController],
  providers: [
    ContestEntriesService,
    ArtworkService,
    ArtworkLinks,
    ContestEntryFactsService,
    // What contests ask of their entries, through the port contests declare (they never import this feature).
    { provide: CONTEST_ENTRY_FACTS, useExisting: ContestEntryFactsService },
  ],
  exports: [ContestEntriesService, ArtworkLinks, CONTEST_ENTRY_FACTS],
})
export class ContestEntriesModule {}
