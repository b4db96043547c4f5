import { DepartedShipmentStatuses, WaitingShipmentStatuses } from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';

export type OutboundProgress = { waiting: number; left: number };

// How far a booth's outbound parcels have got: the shipments' answer for the booth workflow, which
// moves a booth to `shipped` from it without reading this feature's table itself.
export async function outboundProgress(manager: EntityManager, boothProposalId: number): Promise<OutboundProgress> {
  const [progress] = await manager.query(
    `SELECT count(*) FILTER (WHERE status = ANY($2))::int AS waiting,
            count(*) FILTER (WHERE status = ANY($3))::int AS left
     FROM shipment WHERE booth_proposal_id = $1 AND direction = 'outbound'`,
    [boothProposalId, WaitingShipmentStatuses, DepartedShipmentStatuses],
  );
  return progress;
}
