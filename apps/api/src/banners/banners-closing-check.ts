import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { BoothProposalEntity } from '../booth-proposals/booth-proposal.entity.js';
import { BoothClosingCheck } from '../booth-proposals/booth-closing-check.js';
import { BannersRepository } from './banners.repository.js';

// A booth closes only when every banner sent to it is back in the warehouse or written off as lost,
// and no parcel to or from it is still open (DESIGN §2). A banner forwarded to the next booth is
// that booth's to bring home.
@Injectable()
export class BannersClosingCheck extends BoothClosingCheck {
  constructor(private readonly repository: BannersRepository) {
    super();
  }

  override async blockers(manager: EntityManager, proposal: BoothProposalEntity): Promise<string[]> {
    const banners = await this.repository.outAt(manager, proposal.id);
    const shipments = await this.repository.openParcelsOf(manager, proposal.id);
    return [
      ...banners.map(
        (banner) =>
          `banner ${banner.tag} is ${banner.location === 'at_event' ? 'still at the event' : 'in transit'}, not back in the ` +
          `warehouse (or written off as lost)`,
      ),
      ...shipments.map((shipment) => `shipment #${shipment.id} is still ${shipment.status}`),
    ];
  }
}
