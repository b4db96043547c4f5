import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module.js';
import { AgendaSlotsController, PublicAgendaController } from './agenda.controller.js';
import { AgendaRepository } from './agenda.repository.js';
import { AgendaService } from './agenda.service.js';

@Module({
  imports: [EventsModule],
  // The .ics route first, so that `agenda.ics` is not read as part of another path.
  controllers: [PublicAgendaController, AgendaSlotsController],
  providers: [AgendaService, AgendaRepository],
  exports: [AgendaService],
})
export class AgendaModule {}
