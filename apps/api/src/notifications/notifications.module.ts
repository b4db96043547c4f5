import { Global, Module } from '@nestjs/common';
import { NotificationsService } from './notifications.service.js';
import { OutboxRepository } from './outbox.repository.js';

@Global()
@Module({ providers: [NotificationsService, OutboxRepository], exports: [NotificationsService] })
export class NotificationsModule {}
