import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module.js';
import { BoothProposalsRepository } from './booth-proposals.repository.js';
import { BoothProposalApprovalService } from './booth-proposal-approval.service.js';
import { BoothProposalMailer } from './booth-proposal-mailer.js';
import { BoothProposalPhotosService } from './booth-proposal-photos.service.js';
import { BoothProposalRemindersService } from './booth-proposal-reminders.service.js';
import { BoothProposalWorkflowService } from './booth-proposal-workflow.service.js';
import { BoothProposalsController } from './booth-proposals.controller.js';
import { BoothProposalsService } from './booth-proposals.service.js';
import { BoothSponsorshipFacts } from './booth-sponsorship-facts.js';

// Exports what other features call: shipIfAllParcelsLeft (shipments), sendStalledReminders (the worker),
// the mailer (booth shifts) and the booth facts sponsorships need. What it asks of features that depend
// on it (BoothClosingCheck: banners; BoothOutboundProgress: shipments) AppModule provides, so this
// feature never imports them.
@Module({
  imports: [EventsModule],
  controllers: [BoothProposalsController],
  providers: [
    BoothProposalsRepository,
    BoothProposalsService,
    BoothProposalWorkflowService,
    BoothProposalApprovalService,
    BoothProposalPhotosService,
    BoothProposalRemindersService,
    BoothProposalMailer,
    BoothSponsorshipFacts,
  ],
  exports: [BoothProposalsService, BoothProposalWorkflowService, BoothProposalRemindersService, BoothProposalMailer, BoothSponsorshipFacts],
})
export class BoothProposalsModule {}
