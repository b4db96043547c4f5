import { Module } from '@nestjs/common';
import { SubscriptionsModule } from '../subscriptions/subscriptions.module.js';
import { AnnouncementsController, PublicAnnouncementsController } from './announcements.controller.js';
import { AnnouncementsRepository } from './announcements.repository.js';
import { AnnouncementsService } from './announcements.service.js';
import { NewsFeed } from './news-feed.js';

@Module({
  imports: [SubscriptionsModule],
  controllers: [AnnouncementsController, PublicAnnouncementsController],
  providers: [AnnouncementsService, AnnouncementsRepository, NewsFeed],
  exports: [AnnouncementsService],
})
export class AnnouncementsModule {}
