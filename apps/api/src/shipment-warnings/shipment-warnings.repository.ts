import { Injectable } from '@nestjs/common';
import {
  AwaitingDispatchBoothProposalStatuses,
  BANNER_RETURN_DAYS,
  DISPATCH_WARNING_DAYS,
  DispatchedShipmentStatuses,
  InFlightShipmentStatuses,
  OutBannerLocations,
} from '@summitdesk/contracts';
import { DataSource, type EntityManager } from 'typeorm';

// "Today" is the event's own day: a booth in Los Angeles and one in Seoul see the calendar differently.
const NOTHING_DISPATCHED = `
  SELECT bp.id AS booth_id, e.name AS event_name, e.start_date::text AS start_date,
         e.start_date - ($1::timestamptz AT TIME ZONE e.time_zone)::date AS days_left
  FROM booth_proposal bp JOIN event e ON e.id = bp.event_id
  WHERE bp.status = ANY($3)
    AND (EXISTS (SELECT 1 FROM booth_proposal_material m
                 WHERE m.booth_proposal_id = bp.id AND coalesce(m.quantity_approved, m.quantity) > 0)
         OR (bp.banner <> 'none' AND bp.banner_approved IS DISTINCT FROM false))
    AND e.start_date - ($1::timestamptz AT TIME ZONE e.time_zone)::date BETWEEN 0 AND $2
    AND NOT EXISTS (SELECT 1 FROM shipment s WHERE s.booth_proposal_id = bp.id AND s.direction = 'outbound' AND s.status = ANY($4))
  ORDER BY e.start_date, bp.id`;

// Late or early deliveries matter until the event is over; after that they are history.
const OUTSIDE_WINDOW = `
  SELECT s.id AS shipment_id, bp.id AS booth_id, e.name AS event_name,
         bp.receiving_from::text AS window_from, bp.receiving_to::text AS window_to,
         (s.delivered_at AT TIME ZONE e.time_zone)::date::text AS delivered_on
  FROM shipment s JOIN booth_proposal bp ON bp.id = s.booth_proposal_id JOIN event e ON e.id = bp.event_id
  WHERE s.direction = 'outbound' AND s.status = 'delivered' AND bp.receiving_to IS NOT NULL
    AND ((s.delivered_at AT TIME ZONE e.time_zone)::date > bp.receiving_to
         OR (s.delivered_at AT TIME ZONE e.time_zone)::date < bp.receiving_from)
    AND e.end_date >= ($1::timestamptz AT TIME ZONE e.time_zone)::date
  ORDER BY s.id`;

const BANNER_NOT_BACK = `
  SELECT b.id AS banner_id, b.tag, b.location, bp.id AS booth_id, e.name AS event_name, e.end_date::text AS end_date
  FROM banner b JOIN booth_proposal bp ON bp.id = b.booth_proposal_id JOIN event e ON e.id = bp.event_id
  WHERE b.location = ANY($3) AND ($1::timestamptz AT TIME ZONE e.time_zone)::date - e.end_date >= $2
  ORDER BY b.tag`;

type QuietBooth = { booth_id: number; event_name: string; start_date: string; days_left: number };
type LateDelivery = {
  shipment_id: number;
  booth_id: number;
  event_name: string;
  window_from: string;
  window_to: string;
  delivered_on: string;
};
type BannerAway = { banner_id: number; tag: string; location: string; booth_id: number; event_name: string; end_date: string };

// The warnings read booths, parcels, banners and events and write none of them: a read-only view
// across the parcel features. Status sets come from the contracts as parameters.
@Injectable()
export class ShipmentWarningsRepository {
  constructor(private readonly dataSource: DataSource) {}

  get reader(): EntityManager {
    return this.dataSource.manager;
  }

  nothingDispatched(manager: EntityManager, now: Date): Promise<QuietBooth[]> {
    return manager.query(NOTHING_DISPATCHED, [
      now,
      DISPATCH_WARNING_DAYS,
      AwaitingDispatchBoothProposalStatuses,
      DispatchedShipmentStatuses,
    ]);
  }

  deliveredOutsideWindow(manager: EntityManager, now: Date): Promise<LateDelivery[]> {
    return manager.query(OUTSIDE_WINDOW, [now]);
  }

  bannersNotBack(manager: EntityManager, now: Date): Promise<BannerAway[]> {
    return manager.query(BANNER_NOT_BACK, [now, BANNER_RETURN_DAYS, OutBannerLocations]);
  }

  async organizerIds(manager: EntityManager): Promise<number[]> {
    const rows: Array<{ id: number }> = await manager.query(
      `SELECT id FROM app_user WHERE role = 'organizer' AND NOT disabled ORDER BY id`,
    );
    return rows.map((row) => row.id);
  }

  async outCounts(): Promise<{ inFlight: number; bannersOut: number }> {
    const [counts] = await this.dataSource.query(
      `SELECT
         (SELECT count(*)::int FROM shipment WHERE status = ANY($1)) AS in_flight,
         (SELECT count(*)::int FROM banner WHERE location = ANY($2)) AS banners_out`,
      [InFlightShipmentStatuses, OutBannerLocations],
    );
    return { inFlight: counts.in_flight, bannersOut: counts.banners_out };
  }
}
