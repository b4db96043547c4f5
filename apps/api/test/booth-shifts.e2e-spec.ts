import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, createBudget, createEvent, inReview, propose, year } from './booth-fixtures.js';
import { bearer, createTestApp, type TestApp, type TestUser } from './test-app.js';

describe('booth shifts', () => {
  let t: TestApp;
  let organizer: TestUser;
  let pasi: TestUser;
  let heechul: TestUser;
  let konrad: TestUser;
  let boothId: number;
  let secondBoothId: number;
  beforeAll(async () => {
    t = await createTestApp();
    organizer = await t.user('organizer');
    pasi = await t.user('member', { name: 'Pasi Kärkkäinen' });
    heechul = await t.user('member', { name: 'Heechul Kim', country: 'KR' });
    konrad = await t.user('member', { name: 'Konrad Wilk' });
    await createBudget(t, organizer);
    const event = await createEvent(t, organizer);
    // A second event in another time zone on the same days, to compare shifts across zones.
    const westCoast = await createEvent(t, organizer, { name: 'West Coast Fest', timeZone: 'America/Los_Angeles' });
    for (const [target, id] of [
      ['first', event.id],
      ['second', westCoast.id],
    ] as const) {
      const proposal = await inReview(t, pasi, organizer, id, {
        feeRequested: 0,
        openingHours: [
          { day: `${year}-06-12`, opens: '09:00', closes: '17:00' },
          { day: `${year}-06-13`, opens: '10:00', closes: '14:00' },
        ],
      });
      await act(t, organizer, proposal.id, 'approve', { feeApproved: 0 });
      if (target === 'first') boothId = proposal.id;
      else secondBoothId = proposal.id;
    }
  });
  afterAll(() => t.close());

  const offer = (user: TestUser, fields: Record<string, unknown>) =>
    t
      .http()
      .post('/api/booth-shifts')
      .set(bearer(user))
      .send({ boothProposalId: boothId, day: `${year}-06-12`, ...fields });
  const shiftAction = (user: TestUser, id: number, action: string) =>
    t.http().post(`/api/booth-shifts/${id}/${action}`).set(bearer(user)).send({});

  it('refuses a shift that overlaps one the same person already offered, even at another booth in another zone', async () => {
    const first = await offer(heechul, { startTime: '09:00', endTime: '12:00' });
    expect(first.status).toBe(201);
    const overlapping = await offer(heechul, { startTime: '11:00', endTime: '13:00' });
    expect(overlapping.status).toBe(409);
    expect(overlapping.body).toMatchObject({ code: 'BOOTH_SHIFT.OVERLAP', errors: { startTime: 'overlaps another of your shifts' } });
    expect((await offer(heechul, { startTime: '12:00', endTime: '13:00' })).status).toBe(201);
    // 09:00 in Los Angeles is 12:00 in New York: it clashes with the 12:00–13:00 shift there.
    const westCoast = await offer(heechul, { boothProposalId: secondBoothId, startTime: '09:00', endTime: '09:30' });
    expect(westCoast.status).toBe(409);
    expect((await offer(heechul, { boothProposalId: secondBoothId, startTime: '10:00', endTime: '11:00' })).status).toBe(201);
    // Someone else may staff the same hours.
    expect((await offer(konrad, { startTime: '09:00', endTime: '12:00' })).status).toBe(201);
  });

  it('lets only one of several overlapping offers sent at once through', async () => {
    const responses = await Promise.all(
      [0, 1, 2, 3].map((n) => offer(konrad, { day: `${year}-06-13`, startTime: `10:0${n}`, endTime: '11:00' })),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([201, 409, 409, 409]);
    const rows = await t.dataSource.query(`SELECT count(*)::int AS n FROM booth_shift WHERE user_id = $1 AND day = $2`, [
      konrad.id,
      `${year}-06-13`,
    ]);
    expect(rows[0].n).toBe(1);
  });

  it('keeps shifts on the days of the event and on booths that take volunteers', async () => {
    const outside = await offer(heechul, { day: `${year}-06-20`, startTime: '09:00', endTime: '10:00' });
    expect(outside.status).toBe(422);
    expect(outside.body.errors).toHaveProperty('day');
    const backwards = await offer(heechul, { startTime: '15:00', endTime: '14:00' });
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors).toEqual({ endTime: 'must be after the start time' });
    const draft = await propose(t, pasi, (await t.http().get(`/api/booth-proposals/${boothId}`).set(bearer(pasi))).body.eventId);
    const onDraft = await offer(heechul, { boothProposalId: draft.id, startTime: '15:00', endTime: '16:00' });
    expect(onDraft.status).toBe(422);
    expect(onDraft.body.errors).toHaveProperty('boothProposalId');
  });

  it('lets the proposer confirm or decline, never the volunteer, and the volunteer cancel', async () => {
    const shift = (await offer(heechul, { startTime: '16:00', endTime: '17:00' })).body;
    expect((await shiftAction(heechul, shift.id, 'confirm')).status).toBe(403);
    expect((await shiftAction(konrad, shift.id, 'confirm')).status).toBe(403);
    expect((await shiftAction(pasi, shift.id, 'confirm')).body.status).toBe('confirmed');
    expect((await shiftAction(pasi, shift.id, 'confirm')).status).toBe(409);
    expect((await shiftAction(heechul, shift.id, 'cancel')).body.status).toBe('cancelled');
    // A cancelled shift frees the hour for a new offer.
    expect((await offer(heechul, { startTime: '16:00', endTime: '17:00' })).status).toBe(201);
  });

  it('shows the rota against the opening hours with the gaps nobody staffs', async () => {
    const shifts = (
      await t
        .http()
        .get('/api/booth-shifts')
        .query({ filter: JSON.stringify({ boothProposalId: boothId, day: `${year}-06-12`, status: 'offered' }) })
        .set(bearer(pasi))
    ).body;
    for (const shift of shifts.filter((row: { startTime: string }) => row.startTime < '13:00')) {
      expect((await shiftAction(pasi, shift.id, 'confirm')).status).toBe(200);
    }
    const coverage = await t.http().get(`/api/booth-proposals/${boothId}/coverage`).set(bearer(konrad));
    expect(coverage.status).toBe(200);
    expect(coverage.body.timeZone).toBe('America/New_York');
    const firstDay = coverage.body.gaps.filter((gap: { day: string }) => gap.day === `${year}-06-12`);
    expect(firstDay).toEqual([{ day: `${year}-06-12`, from: '13:00', to: '17:00' }]);
    expect(coverage.body.uncoveredMinutes).toBeGreaterThanOrEqual(240);
    expect(coverage.body.shifts.every((shift: { status: string }) => ['offered', 'confirmed'].includes(shift.status))).toBe(true);
  });

  it('answers 404 for the coverage of a booth the member may not see', async () => {
    const draft = await propose(t, pasi, (await t.http().get(`/api/booth-proposals/${boothId}`).set(bearer(pasi))).body.eventId);
    expect((await t.http().get(`/api/booth-proposals/${draft.id}/coverage`).set(bearer(konrad))).status).toBe(404);
  });
});
