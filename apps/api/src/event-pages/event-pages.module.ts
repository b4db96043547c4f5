import { Module } from '@nestjs/common';
import { AgendaModule } from '../agenda/agenda.module.js';
import { BoothShiftsModule } from '../booth-shifts/booth-shifts.module.js';
import { CfpsModule } from '../cfps/cfps.module.js';
import { EventsModule } from '../events/events.module.js';
import { SponsorshipsModule } from '../sponsorships/sponsorships.module.js';
import { EventPagesController } from './event-pages.controller.js';
import { EventPagesService } from './event-pages.service.js';

// Issue 12: the public page of every event, gathered from the features that own its parts.
@Module({
  imports: [EventsModule, BoothShiftsModule, SponsorshipsModule, CfpsModule, AgendaModule],
  controllers: [EventPagesController],
  providers: [EventPagesService],
})
export class EventPagesModule {}
