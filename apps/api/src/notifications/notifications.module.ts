import { Global, Module } from '@nestjs/common';
import { InAppNotificationsService } from './in-app-notifications.service.js';
import { NotificationsController } from './notifications.controller.js';
import { NotificationsService } from './notifications.service.js';
import { OutboxRepository } from './outbox.repository.js';

@Global()
@Module({
  controllers: [NotificationsController],
  providers: [NotificationsService, OutboxRepository, InAppNotificationsService],
  exports: [NotificationsService],
})
export class NotificationsModule {}
