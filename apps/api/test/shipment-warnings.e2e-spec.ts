import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ShipmentWarningsService } from '../src/shipment-warnings/shipment-warnings.service.js';
import { createBudget } from './booth-fixtures.js';
import { startSmtp, until } from './contest-fixtures.js';
import { approvedBooth, banner, daysFromToday, deliverTo, get, shipment, step, stockedItem, upsNumber } from './shipment-fixtures.js';
import { bearer, createTestApp, type TestUser } from './test-app.js';

const week = 7 * 86_400_000;

describe('shipment warnings', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let stephen: TestUser;
  let konrad: TestUser;
  let pasi: TestUser;
  let warnings: ShipmentWarningsService;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp({ SMTP_URL: smtp.url, WORKERS: 'on', QUEUE_POLL_SECONDS: '0.5' });
    stephen = await t.user('organizer', { name: 'Stephen Spector' });
    konrad = await t.user('organizer', { name: 'Konrad Wilk' });
    pasi = await t.user('member', { name: 'Pasi Kärkkäinen' });
    warnings = t.app.get(ShipmentWarningsService);
    await createBudget(t, stephen);
    // Events in the coming days may fall in this year's budget.
    await t
      .http()
      .post('/api/budgets')
      .set(bearer(stephen))
      .send({ year: new Date().getUTCFullYear(), currency: 'USD', amount: 1_000_000 });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const warningMail = (): Promise<Array<{ to_email: string; subject: string; body: string; dedupe_key: string }>> =>
    t.dataSource.query(
      `SELECT to_email, subject, body, dedupe_key FROM outbox_message WHERE dedupe_key LIKE 'shipment-warning:%' ORDER BY id`,
    );

  it('warns every organizer once a week, from the calendar, while each warning stays true', async () => {
    const flyers = await stockedItem(t, stephen, 'FLY-XEN', 'Xen flyers', 1_000);
    const soonStart = daysFromToday(5);
    const window = { neededBy: daysFromToday(3), receivingWindow: { from: daysFromToday(-1), to: daysFromToday(4) } };

    // An event in five days with nothing on the road.
    const soon = await approvedBooth(
      t,
      stephen,
      pasi,
      { materials: [{ itemId: flyers.id, quantity: 100 }], ...window },
      { name: 'Linux Plumbers', startDate: soonStart, endDate: daysFromToday(6) },
    );
    // A parcel the carrier delivered before the venue's receiving window opens.
    const early = await approvedBooth(
      t,
      stephen,
      pasi,
      {
        materials: [{ itemId: flyers.id, quantity: 100 }],
        neededBy: daysFromToday(20),
        receivingWindow: { from: daysFromToday(10), to: daysFromToday(20) },
      },
      { name: 'All Things Open', startDate: daysFromToday(25), endDate: daysFromToday(26) },
    );
    const earlyParcel = await deliverTo(t, stephen, early.id, [{ itemId: flyers.id, quantity: 100 }]);
    // A banner still at an event that ended a month ago.
    const b1 = await banner(t, stephen, 'B-1');
    const past = await approvedBooth(t, stephen, pasi, { banner: 'ship_existing', bannerId: b1.id }, { name: 'SCALE' });
    await deliverTo(t, stephen, past.id, [{ bannerId: b1.id }]);
    await t.dataSource.query(`UPDATE event SET start_date = current_date - 32, end_date = current_date - 30 WHERE id = $1`, [
      past.event.id,
    ]);

    const now = new Date();
    const found = await warnings.checkWarnings(now);
    expect(found.map((warning) => [warning.kind, warning.boothProposalId])).toEqual([
      ['nothing_dispatched', soon.id],
      ['delivered_outside_window', early.id],
      ['banner_not_back', past.id],
    ]);
    // Days are counted in the event's zone (New York), where "today" may not be the UTC date the test
    // made the start date from: a run around midnight UTC must not fail.
    const todayInNewYork = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(now);
    const daysLeft = Math.round((Date.parse(soonStart) - Date.parse(todayInNewYork)) / 86_400_000);
    expect(found[0].message).toContain(`Linux Plumbers starts on ${soonStart} (in ${daysLeft} days) and nothing has been dispatched`);
    expect(found[1]).toMatchObject({ shipmentId: earlyParcel.id, message: expect.stringContaining("before the venue's receiving window") });
    expect(found[2]).toMatchObject({ bannerId: b1.id, message: expect.stringContaining('Banner B-1 is still at the event') });

    const first = await warningMail();
    expect(first).toHaveLength(6);
    // The worker sends each over SMTP once.
    await until(() => smtp.received.filter((mail) => mail.raw.includes('Shipping warning')).length === 6);
    expect(new Set(first.map((mail) => mail.to_email))).toEqual(new Set([stephen.email, konrad.email]));
    expect(first.map((mail) => mail.subject)).toContain('Shipping warning: Linux Plumbers');

    // The same day, or later the same week: nothing new.
    await warnings.checkWarnings(new Date(now.getTime() + 60_000));
    expect(await warningMail()).toHaveLength(6);

    // A week on, the event has started (that warning is moot); the other two are still true.
    await warnings.checkWarnings(new Date(now.getTime() + week));
    const later = await warningMail();
    expect(later).toHaveLength(10);
    expect(
      later
        .slice(6)
        .map((mail) => mail.subject)
        .sort(),
    ).toEqual([
      'Shipping warning: All Things Open',
      'Shipping warning: All Things Open',
      'Shipping warning: SCALE',
      'Shipping warning: SCALE',
    ]);
  });

  it('shows the open warnings and counts on the dashboard, and drops a warning once it is dealt with', async () => {
    const before: Array<{ kind: string; boothProposalId: number }> = await get(t, stephen, '/api/shipments/warnings');
    const quiet = before.find((warning) => warning.kind === 'nothing_dispatched')!;
    expect((await get(t, stephen, '/api/shipments/dashboard')).warnings).toBe(before.length);

    // Dispatching to the quiet booth ends its warning.
    const [line] = await t.dataSource.query(
      `SELECT item_id AS "itemId", quantity FROM booth_proposal_material WHERE booth_proposal_id = $1`,
      [quiet.boothProposalId],
    );
    const parcel = await shipment(t, stephen, { boothProposalId: quiet.boothProposalId, lines: [line] });
    await step(t, stephen, parcel.id, 'pack');
    expect((await get(t, stephen, '/api/shipments/dashboard')).overdue).toBe(0);
    await step(t, stephen, parcel.id, 'ship', { carrier: 'UPS', trackingNumber: upsNumber });
    const after: Array<{ kind: string }> = await get(t, stephen, '/api/shipments/warnings');
    expect(after.map((warning) => warning.kind)).toEqual(['delivered_outside_window', 'banner_not_back']);
  });

  it('counts an undelivered parcel past its booth’s needed-by date as overdue', async () => {
    const flyers = await stockedItem(t, stephen, 'FLY-LATE', 'Late flyers', 100);
    const booth = await approvedBooth(t, stephen, pasi, { materials: [{ itemId: flyers.id, quantity: 10 }] });
    const parcel = await shipment(t, stephen, { boothProposalId: booth.id, lines: [{ itemId: flyers.id, quantity: 10 }] });
    const { overdue } = await get(t, stephen, '/api/shipments/dashboard');
    await t.dataSource.query(`UPDATE booth_proposal SET needed_by = current_date - 2 WHERE id = $1`, [booth.id]);
    expect((await get(t, stephen, '/api/shipments/dashboard')).overdue).toBe(overdue + 1);
    expect((await get(t, stephen, `/api/shipments/${parcel.id}`)).overdue).toBe(true);
    const listed: Array<{ id: number }> = await get(
      t,
      stephen,
      `/api/shipments?filter=${encodeURIComponent(JSON.stringify({ overdue: true }))}`,
    );
    expect(listed.map((row) => row.id)).toContain(parcel.id);
  });
  it('runs the check every morning as a pg-boss schedule, so that one replica sends the warnings', async () => {
    const schedules: Array<{ name: string; cron: string }> = await t.dataSource.query(
      `SELECT name, cron FROM ${t.target.schema}_queue.schedule WHERE name = 'shipment-warnings'`,
    );
    expect(schedules).toEqual([{ name: 'shipment-warnings', cron: '0 7 * * *' }]);
  });
});
