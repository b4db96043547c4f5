import { Injectable, type OnModuleInit } from '@nestjs/common';
import { BANNER_RETURN_DAYS, isoWeek, type ShipmentDashboard, type ShipmentWarning } from '@summitdesk/contracts';
import { type EntityManager } from 'typeorm';
import { NotificationsService } from '../notifications/notifications.service.js';
import { QueueService } from '../queue/queue.service.js';
import { countOverdueShipments } from '../shipments/shipments.repository.js';
import { Transactions } from '../common/transactions.js';
import { ShipmentWarningsRepository } from './shipment-warnings.repository.js';

const WARNINGS_QUEUE = 'shipment-warnings';
// Every morning (UTC); the warnings are about days, not hours.
const WARNINGS_CRON = '0 7 * * *';

// The calendar-driven warnings of issue 4, for the dashboard and, once a week while true, the outbox.
@Injectable()
export class ShipmentWarningsService implements OnModuleInit {
  constructor(
    private readonly transactions: Transactions,
    private readonly repository: ShipmentWarningsRepository,
    private readonly notifications: NotificationsService,
    private readonly jobs: QueueService,
  ) {}

  onModuleInit() {
    this.jobs.registerSchedule(WARNINGS_QUEUE, WARNINGS_CRON, async () => {
      await this.checkWarnings(new Date());
    });
  }

  async warnings(now: Date, manager: EntityManager = this.repository.reader): Promise<ShipmentWarning[]> {
    const quiet = await this.repository.nothingDispatched(manager, now);
    const late = await this.repository.deliveredOutsideWindow(manager, now);
    const away = await this.repository.bannersNotBack(manager, now);
    return [
      ...quiet.map((row) => ({
        kind: 'nothing_dispatched' as const,
        key: `nothing_dispatched:booth-${row.booth_id}`,
        boothProposalId: row.booth_id,
        shipmentId: null,
        bannerId: null,
        eventName: row.event_name,
        message:
          `${row.event_name} starts on ${row.start_date} (in ${row.days_left} days) and nothing has been dispatched to ` +
          `booth #${row.booth_id}`,
      })),
      ...late.map((row) => ({
        kind: 'delivered_outside_window' as const,
        key: `delivered_outside_window:shipment-${row.shipment_id}`,
        boothProposalId: row.booth_id,
        shipmentId: row.shipment_id,
        bannerId: null,
        eventName: row.event_name,
        message:
          `Shipment #${row.shipment_id} to ${row.event_name} was delivered on ${row.delivered_on}, ` +
          `${row.delivered_on > row.window_to ? 'after' : 'before'} the venue's receiving window (${row.window_from} to ` +
          `${row.window_to}); check that the venue took it`,
      })),
      ...away.map((row) => ({
        kind: 'banner_not_back' as const,
        key: `banner_not_back:banner-${row.banner_id}:booth-${row.booth_id}`,
        boothProposalId: row.booth_id,
        shipmentId: null,
        bannerId: row.banner_id,
        eventName: row.event_name,
        message:
          `Banner ${row.tag} is still ${row.location === 'at_event' ? 'at the event' : 'in transit'}: ${row.event_name} ` +
          `ended on ${row.end_date}, more than ${BANNER_RETURN_DAYS} days ago`,
      })),
    ];
  }

  // Queues each true warning to every organizer; the key carries the ISO week, so a warning that is
  // still true is mailed again at most once a week. Returns the warnings that were true.
  checkWarnings(now: Date): Promise<ShipmentWarning[]> {
    return this.transactions.run(async (manager) => {
      const warnings = await this.warnings(now, manager);
      if (warnings.length === 0) return warnings;
      const organizers = await this.repository.organizerIds(manager);
      const week = isoWeek(now);
      for (const warning of warnings) {
        for (const organizer of organizers) {
          await this.notifications.queue(manager, {
            toUserId: organizer,
            kind: 'shipment_warning',
            params: { eventName: warning.eventName, message: warning.message },
            dedupeKey: `shipment-warning:${warning.key}:${week}:user-${organizer}`,
          });
        }
      }
      return warnings;
    });
  }

  async dashboard(now: Date): Promise<ShipmentDashboard> {
    const { inFlight, bannersOut } = await this.repository.outCounts();
    const overdue = await countOverdueShipments(this.repository.reader);
    return { inFlight, overdue, bannersOut, warnings: (await this.warnings(now)).length };
  }
}
