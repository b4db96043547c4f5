import { Module } from '@nestjs/common';
import { ConflictsController } from './conflicts.controller.js';
import { ConflictMail } from './conflict-mail.js';
import { ConflictsService } from './conflicts.service.js';

@Module({ controllers: [ConflictsController], providers: [ConflictsService, ConflictMail] })
export class ConflictsModule {}
