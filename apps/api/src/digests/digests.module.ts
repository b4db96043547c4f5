import { Module } from '@nestjs/common';
import { AnnouncementsModule } from '../announcements/announcements.module.js';
import { SubscriptionsModule } from '../subscriptions/subscriptions.module.js';
import { DigestSections } from './digest-sections.js';
import { DigestsController, PublicDigestsController } from './digests.controller.js';
import { DigestsRepository } from './digests.repository.js';
import { DigestsService } from './digests.service.js';

// Features the digest must not import (presentations, statistics) import this module and register
// their DigestSection with DigestSections.
@Module({
  imports: [AnnouncementsModule, SubscriptionsModule],
  controllers: [DigestsController, PublicDigestsController],
  providers: [DigestsService, DigestsRepository, DigestSections],
  exports: [DigestsService, DigestSections],
})
export class DigestsModule {}
