import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BoothProposalsModule } from '../booth-proposals/booth-proposals.module.js';
import { EventsModule } from '../events/events.module.js';
import { sponsorshipPackageEntities } from './sponsorship-package.entity.js';
import { SponsorshipPackagesController } from './sponsorship-packages.controller.js';
import { SponsorshipPackagesService } from './sponsorship-packages.service.js';

// Owns sponsorship_package. Exports the service for the sponsorships feature (lockForSale, the
// packages of an event) and takes its sales counter in return.
@Module({
  imports: [TypeOrmModule.forFeature(sponsorshipPackageEntities), EventsModule, BoothProposalsModule],
  controllers: [SponsorshipPackagesController],
  providers: [SponsorshipPackagesService],
  exports: [SponsorshipPackagesService],
})
export class SponsorshipPackagesModule {}
