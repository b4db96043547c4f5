import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SPONSOR_LOGO_MAX_BYTES } from '@summitdesk/contracts';
import { diskStorage } from 'multer';
import { join } from 'node:path';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { SponsorLogoService } from './sponsor-logo.service.js';
import { sponsorEntities } from './sponsor.entity.js';
import { PublicSponsorLogoController, SponsorsController } from './sponsors.controller.js';
import { SponsorsService } from './sponsors.service.js';

// Owns sponsor and sponsor_contact. Exports SponsorsService for the sponsorships feature (is this
// buyer a contact, the public face of the sponsors of an event).
@Module({
  imports: [
    TypeOrmModule.forFeature(sponsorEntities),
    // Logos stream to a temporary file on disk; multer stops at the limit and answers 413.
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        storage: diskStorage({ destination: join(config.DATA_DIR, 'incoming') }),
        limits: { fileSize: SPONSOR_LOGO_MAX_BYTES, files: 1, fields: 4, parts: 6, fieldSize: 1024 },
      }),
    }),
  ],
  controllers: [PublicSponsorLogoController, SponsorsController],
  providers: [SponsorsService, SponsorLogoService],
  exports: [SponsorsService],
})
export class SponsorsModule {}
