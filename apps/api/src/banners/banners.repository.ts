import { Injectable } from '@nestjs/common';
import { OpenShipmentStatuses, OutBannerLocations } from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';

// The banners' own SQL (banner, banner_hand_over, banner_order); the places a banner may be named
// elsewhere are read only to refuse deleting one that is in use. Status sets come from the contracts.
@Injectable()
export class BannersRepository {
  async isInUse(manager: EntityManager, id: number): Promise<boolean> {
    const [{ used }] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM shipment_line WHERE banner_id = $1) OR EXISTS (SELECT 1 FROM booth_proposal WHERE banner_id = $1)
           OR EXISTS (SELECT 1 FROM banner_order WHERE banner_id = $1) AS used`,
      [id],
    );
    return Boolean(used);
  }

  // Claims banners for a parcel: they stay where they are, but no other parcel may take them.
  async claimFor(manager: EntityManager, shipmentId: number, bannerIds: number[]) {
    await manager.query(`UPDATE banner SET shipment_id = $1, version = version + 1, updated_at = now() WHERE id = ANY($2::int[])`, [
      shipmentId,
      bannerIds,
    ]);
  }

  async releaseFrom(manager: EntityManager, shipmentId: number) {
    await manager.query(`UPDATE banner SET shipment_id = NULL, version = version + 1, updated_at = now() WHERE shipment_id = $1`, [
      shipmentId,
    ]);
  }

  // Banners sent to a booth that are not back in the warehouse (nor written off).
  outAt(manager: EntityManager, boothProposalId: number): Promise<Array<{ tag: string; location: string }>> {
    return manager.query(`SELECT tag, location FROM banner WHERE booth_proposal_id = $1 AND location = ANY($2) ORDER BY tag`, [
      boothProposalId,
      OutBannerLocations,
    ]);
  }

  // Parcels to or from a booth that are still open (read for the booth's closing check).
  openParcelsOf(manager: EntityManager, boothProposalId: number): Promise<Array<{ id: number; status: string }>> {
    return manager.query(
      `SELECT id, status FROM shipment
       WHERE (booth_proposal_id = $1 OR from_booth_proposal_id = $1) AND status = ANY($2) ORDER BY id`,
      [boothProposalId, OpenShipmentStatuses],
    );
  }
}
