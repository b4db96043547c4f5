import { Module } from '@nestjs/common';
import { AgendaSlotsController, PublicAgendaController } from './agenda.controller.js';
import { AgendaService } from './agenda.service.js';

@Module({
  // The .ics route first, so that `agenda.ics` is not read as part of another path.
  controllers: [PublicAgendaController, AgendaSlotsController],
  providers: [AgendaService],
})
export class AgendaModule {}
