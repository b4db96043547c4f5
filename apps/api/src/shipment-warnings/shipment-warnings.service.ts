import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  AwaitingDispatchBoothProposalStatuses,
  BANNER_RETURN_DAYS,
  DISPATCH_WARNING_DAYS,
  DispatchedShipmentStatuses,
  InFlightShipmentStatuses,
  isoWeek,
  OutBannerLocations,
  type ShipmentDashboard,
  type ShipmentWarning,
} from '@summitdesk/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { NotificationsService } from '../notifications/notifications.service.js';
import { QueueService } from '../queue/queue.service.js';
import { countOverdueShipments } from '../shipments/overdue-shipments.js';

const WARNINGS_QUEUE = 'shipment-warnings';
// Every morning (UTC); the warnings are about days, not hours.
const WARNINGS_CRON = '0 7 * * *';

// "Today" is the event's own day: a booth in Los Angeles and one in Seoul see the calendar differently.
const NOTHING_DISPATCHED = `
  SELECT bp.id AS booth_id, e.name AS event_name, e.start_date::text AS start_date,
         e.start_date - ($1::timestamptz AT TIME ZONE e.time_zone)::date AS days_left
  FROM booth_proposal bp JOIN event e ON e.id = bp.event_id
  WHERE bp.status = ANY($3)
    AND (EXISTS (SELECT 1 FROM booth_proposal_material m WHERE m.booth_proposal_id = bp.id AND coalesce(m.quantity_approved, m.quantity) > 0)
         OR (bp.banner <> 'none' AND bp.banner_approved IS DISTINCT FROM false))
    AND e.start_date - ($1::timestamptz AT TIME ZONE e.time_zone)::date BETWEEN 0 AND $2
    AND NOT EXISTS (SELECT 1 FROM shipment s WHERE s.booth_proposal_id = bp.id AND s.direction = 'outbound' AND s.status = ANY($4))
  ORDER BY e.start_date, bp.id`;

// Late or early deliveries matter until the event is over; after that they are history.
const OUTSIDE_WINDOW = `
  SELECT s.id AS shipment_id, bp.id AS booth_id, e.name AS event_name, bp.receiving_from::text AS window_from, bp.receiving_to::text AS window_to,
         (s.delivered_at AT TIME ZONE e.time_zone)::date::text AS delivered_on
  FROM shipment s JOIN booth_proposal bp ON bp.id = s.booth_proposal_id JOIN event e ON e.id = bp.event_id
  WHERE s.direction = 'outbound' AND s.status = 'delivered' AND bp.receiving_to IS NOT NULL
    AND ((s.delivered_at AT TIME ZONE e.time_zone)::date > bp.receiving_to OR (s.delivered_at AT TIME ZONE e.time_zone)::date < bp.receiving_from)
    AND e.end_date >= ($1::timestamptz AT TIME ZONE e.time_zone)::date
  ORDER BY s.id`;

const BANNER_NOT_BACK = `
  SELECT b.id AS banner_id, b.tag, b.location, bp.id AS booth_id, e.name AS event_name, e.end_date::text AS end_date
  FROM banner b JOIN booth_proposal bp ON bp.id = b.booth_proposal_id JOIN event e ON e.id = bp.event_id
  WHERE b.location = ANY($3) AND ($1::timestamptz AT TIME ZONE e.time_zone)::date - e.end_date >= $2
  ORDER BY b.tag`;

// The calendar-driven warnings of issue 4, for the dashboard and, once a week while true, the outbox.
@Injectable()
export class ShipmentWarningsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly jobs: QueueService,
  ) {}

  onModuleInit() {
    this.jobs.registerSchedule(WARNINGS_QUEUE, WARNINGS_CRON, async () => {
      await this.checkWarnings(new Date());
    });
  }

  async warnings(now: Date, manager: EntityManager = this.dataSource.manager): Promise<ShipmentWarning[]> {
    const quiet: Array<{ booth_id: number; event_name: string; start_date: string; days_left: number }> = await manager.query(
      NOTHING_DISPATCHED,
      [now, DISPATCH_WARNING_DAYS, AwaitingDispatchBoothProposalStatuses, DispatchedShipmentStatuses],
    );
    const late: Array<{
      shipment_id: number;
      booth_id: number;
      event_name: string;
      window_from: string;
      window_to: string;
      delivered_on: string;
    }> = await manager.query(OUTSIDE_WINDOW, [now]);
    const away: Array<{ banner_id: number; tag: string; location: string; booth_id: number; event_name: string; end_date: string }> =
      await manager.query(BANNER_NOT_BACK, [now, BANNER_RETURN_DAYS, OutBannerLocations]);
    return [
      ...quiet.map((row) => ({
        kind: 'nothing_dispatched' as const,
        key: `nothing_dispatched:booth-${row.booth_id}`,
        boothProposalId: row.booth_id,
        shipmentId: null,
        bannerId: null,
        eventName: row.event_name,
        message: `${row.event_name} starts on ${row.start_date} (in ${row.days_left} days) and nothing has been dispatched to booth #${row.booth_id}`,
      })),
      ...late.map((row) => ({
        kind: 'delivered_outside_window' as const,
        key: `delivered_outside_window:shipment-${row.shipment_id}`,
        boothProposalId: row.booth_id,
        shipmentId: row.shipment_id,
        bannerId: null,
        eventName: row.event_name,
        message: `Shipment #${row.shipment_id} to ${row.event_name} was delivered on ${row.delivered_on}, ${row.delivered_on > row.window_to ? 'after' : 'before'} the venue's receiving window (${row.window_from} to ${row.window_to}); check that the venue took it`,
      })),
      ...away.map((row) => ({
        kind: 'banner_not_back' as const,
        key: `banner_not_back:banner-${row.banner_id}:booth-${row.booth_id}`,
        boothProposalId: row.booth_id,
        shipmentId: null,
        bannerId: row.banner_id,
        eventName: row.event_name,
        message: `Banner ${row.tag} is still ${row.location === 'at_event' ? 'at the event' : 'in transit'}: ${row.event_name} ended on ${row.end_date}, more than ${BANNER_RETURN_DAYS} days ago`,
      })),
    ];
  }

  // Queues each true warning to every organizer; the key carries the ISO week, so a warning that is
  // still true is mailed again at most once a week. Returns the warnings that were true.
  checkWarnings(now: Date): Promise<ShipmentWarning[]> {
    return this.dataSource.transaction(async (manager) => {
      const warnings = await this.warnings(now, manager);
      if (warnings.length === 0) return warnings;
      const organizers: Array<{ id: number }> = await manager.query(
        `SELECT id FROM app_user WHERE role = 'organizer' AND NOT disabled ORDER BY id`,
      );
      const week = isoWeek(now);
      for (const warning of warnings) {
        for (const organizer of organizers) {
          await this.notifications.queue(manager, {
            toUserId: organizer.id,
            subject: `Shipping warning: ${warning.eventName}`,
            text: `${warning.message}.\n\nYou get this once a week while it stays true.`,
            dedupeKey: `shipment-warning:${warning.key}:${week}:user-${organizer.id}`,
          });
        }
      }
      return warnings;
    });
  }

  async dashboard(now: Date): Promise<ShipmentDashboard> {
    const [counts] = await this.dataSource.query(
      `SELECT
         (SELECT count(*)::int FROM shipment WHERE status = ANY($1)) AS in_flight,
         (SELECT count(*)::int FROM banner WHERE location = ANY($2)) AS banners_out`,
      [InFlightShipmentStatuses, OutBannerLocations],
    );
    const overdue = await countOverdueShipments(this.dataSource.manager);
    return { inFlight: counts.in_flight, overdue, bannersOut: counts.banners_out, warnings: (await this.warnings(now)).length };
  }
}
