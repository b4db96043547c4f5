import { Injectable } from '@nestjs/common';
import { DepartedShipmentStatuses, WaitingShipmentStatuses } from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import { BoothOutboundProgress, type OutboundProgress } from '../booth-proposals/booth-outbound-progress.js';

// How far a booth's outbound parcels have got: the shipments' answer for the booth workflow, which
// moves a booth to `shipped` from it without reading this feature's table itself. AppModule provides
// it as BoothOutboundProgress.
@Injectable()
export class ShipmentsOutboundProgress extends BoothOutboundProgress {
  async of(manager: EntityManager, boothProposalId: number): Promise<OutboundProgress> {
    const [progress] = await manager.query(
      `SELECT count(*) FILTER (WHERE status = ANY($2))::int AS waiting,
              count(*) FILTER (WHERE status = ANY($3))::int AS left
       FROM shipment WHERE booth_proposal_id = $1 AND direction = 'outbound'`,
      [boothProposalId, WaitingShipmentStatuses, DepartedShipmentStatuses],
    );
    return progress;
  }
}
