import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module.js';
import { BoothProposalsModule } from '../booth-proposals/booth-proposals.module.js';
import { BoothShiftMailer } from './booth-shift-mailer.js';
import { BoothCoverageController, BoothShiftsController } from './booth-shifts.controller.js';
import { BoothShiftsRepository } from './booth-shifts.repository.js';
import { BoothShiftsService } from './booth-shifts.service.js';

@Module({
  imports: [BoothProposalsModule, EventsModule],
  controllers: [BoothShiftsController, BoothCoverageController],
  providers: [BoothShiftsService, BoothShiftMailer, BoothShiftsRepository],
  exports: [BoothShiftsService],
})
export class BoothShiftsModule {}
