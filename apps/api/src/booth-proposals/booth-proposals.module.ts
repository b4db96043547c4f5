import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module.js';
import { BannersClosingCheck } from '../banners/banners-closing-check.js';
import { BoothClosingCheck } from './booth-closing-check.js';
import { BoothProposalApprovalService } from './booth-proposal-approval.service.js';
import { BoothProposalMailer } from './booth-proposal-mailer.js';
import { BoothProposalPhotosService } from './booth-proposal-photos.service.js';
import { BoothProposalRemindersService } from './booth-proposal-reminders.service.js';
import { BoothProposalWorkflowService } from './booth-proposal-workflow.service.js';
import { BoothProposalsController } from './booth-proposals.controller.js';
import { BoothProposalsService } from './booth-proposals.service.js';
import { BoothSponsorshipFacts } from './booth-sponsorship-facts.js';

// Exports what other features call: shipIfAllParcelsLeft (shipments), sendStalledReminders (the worker),
// the mailer (booth shifts), the closing check (banners) and the booth facts sponsorships need.
@Module({
  imports: [EventsModule],
  controllers: [BoothProposalsController],
  providers: [
    BoothProposalsService,
    BoothProposalWorkflowService,
    BoothProposalApprovalService,
    BoothProposalPhotosService,
    BoothProposalRemindersService,
    BoothProposalMailer,
    BoothSponsorshipFacts,
    { provide: BoothClosingCheck, useClass: BannersClosingCheck },
  ],
  exports: [BoothProposalWorkflowService, BoothProposalRemindersService, BoothProposalMailer, BoothClosingCheck, BoothSponsorshipFacts],
})
export class BoothProposalsModule {}
