import { Injectable } from '@nestjs/common';
import { OpenShipmentStatuses, OutBannerLocations } from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import type { BoothProposalEntity } from '../booth-proposals/booth-proposal.entity.js';
import { BoothClosingCheck } from '../booth-proposals/booth-closing-check.js';

// A booth closes only when every banner sent to it is back in the warehouse or written off as lost,
// and no parcel to or from it is still open (DESIGN §2). A banner forwarded to the next booth is
// that booth's to bring home.
@Injectable()
export class BannersClosingCheck extends BoothClosingCheck {
  override async blockers(manager: EntityManager, proposal: BoothProposalEntity): Promise<string[]> {
    const banners: Array<{ tag: string; location: string }> = await manager.query(
      `SELECT tag, location FROM banner WHERE booth_proposal_id = $1 AND location = ANY($2) ORDER BY tag`,
      [proposal.id, OutBannerLocations],
    );
    const shipments: Array<{ id: number; status: string }> = await manager.query(
      `SELECT id, status FROM shipment
       WHERE (booth_proposal_id = $1 OR from_booth_proposal_id = $1) AND status = ANY($2) ORDER BY id`,
      [proposal.id, OpenShipmentStatuses],
    );
    return [
      ...banners.map(
        (banner) =>
          `banner ${banner.tag} is ${banner.location === 'at_event' ? 'still at the event' : 'in transit'}, not back in the warehouse (or written off as lost)`,
      ),
      ...shipments.map((shipment) => `shipment #${shipment.id} is still ${shipment.status}`),
    ];
  }
}
