import { Global, Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module.js';
import { InAppNotificationsService } from './in-app-notifications.service.js';
import { MailPreferencesController } from './mail-preferences.controller.js';
import { MailPreferencesService } from './mail-preferences.service.js';
import { NotificationsController } from './notifications.controller.js';
import { NotificationsService } from './notifications.service.js';
import { OutboxRepository } from './outbox.repository.js';
import { OutgoingMailsController } from './outgoing-mails.controller.js';
import { OutgoingMailsService } from './outgoing-mails.service.js';

@Global()
@Module({
  imports: [UsersModule],
  controllers: [NotificationsController, MailPreferencesController, OutgoingMailsController],
  providers: [NotificationsService, OutboxRepository, InAppNotificationsService, MailPreferencesService, OutgoingMailsService],
  exports: [NotificationsService, MailPreferencesService],
})
export class NotificationsModule {}
