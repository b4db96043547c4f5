import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { BoothProposalEntity } from './booth-proposal.entity.js';

// Closing a booth needs every banner back in the warehouse (DESIGN §2). Banners and return
// shipments belong to another feature, which depends on this one: its subclass
// (banners/banners-closing-check.ts) is provided in this class's place by AppModule, so this feature
// never imports it. This base lets nothing block closing.
@Injectable()
export class BoothClosingCheck {
  // Reasons the booth cannot close yet, in words for the organizer; empty when it may close.
  async blockers(_manager: EntityManager, _proposal: BoothProposalEntity): Promise<string[]> {
    return [];
  }
}
