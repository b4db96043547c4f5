import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, setUpSummit, summitDay, type Summit } from './cfp-fixtures.js';
import { bearer, createTestApp, type TestApp, type TestUser } from './test-app.js';

// The agenda builder's rooms and time rows are kept per summit on the server: the chair arranges the
// grid before any talk is placed, and it is still there after a reload.
describe('agenda builder layout', () => {
  let t: TestApp;
  let s: Summit;
  let member: TestUser;
  const path = () => `/api/agenda-slots/layout/${s.eventId}`;
  const morning = { startsAt: summitDay('09:00'), endsAt: summitDay('09:30') };
  const keynote = { startsAt: summitDay('09:30'), endsAt: summitDay('10:15') };

  beforeAll(async () => {
    t = await createTestApp();
    s = await setUpSummit(t);
    member = await t.user('member', { name: 'Lars Kurth' });
  });
  afterAll(() => t.close());

  it('starts empty and keeps the rooms in the chair’s order and the time rows after a reload', async () => {
    expect(await call(t.http().get(path()).set(bearer(s.chair)), 200)).toEqual({ eventId: s.eventId, rooms: [], timeRows: [], version: 0 });
    const saved = await call(
      t
        .http()
        .put(path())
        .set(bearer(s.chair))
        .send({ rooms: ['Auditorium', 'Breakout B', 'breakout b', 'Breakout A'], timeRows: [keynote, morning, morning], version: 0 }),
      200,
    );
    expect(saved).toEqual({
      eventId: s.eventId,
      rooms: ['Auditorium', 'Breakout B', 'Breakout A'],
      timeRows: [morning, keynote],
      version: 1,
    });

    // A reload of the builder reads it back from the server.
    expect(await call(t.http().get(path()).set(bearer(s.chair)), 200)).toEqual(saved);
    const history = await call(
      t
        .http()
        .get(`/api/audit-log?filter=${encodeURIComponent(JSON.stringify({ entity: 'agenda_layout', entityId: String(s.eventId) }))}`)
        .set(bearer(s.organizer)),
      200,
    );
    expect(history).toHaveLength(1);
  });

  it('refuses a stale save and bad rows', async () => {
    const stale = await t
      .http()
      .put(path())
      .set(bearer(s.organizer))
      .send({ rooms: ['Hall'], timeRows: [], version: 0 });
    expect(stale.status).toBe(409);
    const backwards = await t
      .http()
      .put(path())
      .set(bearer(s.chair))
      .send({ rooms: ['Hall'], timeRows: [{ startsAt: morning.endsAt, endsAt: morning.startsAt }] });
    expect(backwards.status).toBe(400);
  });

  it('is only for the summit’s chairs and the organizers', async () => {
    expect((await t.http().get(path()).set(bearer(member))).status).toBe(403);
    expect(
      (
        await t
          .http()
          .put(path())
          .set(bearer(member))
          .send({ rooms: ['Mine'], timeRows: [] })
      ).status,
    ).toBe(403);
    expect((await t.http().get('/api/agenda-slots/layout/999999').set(bearer(s.chair))).status).toBe(404);
    expect((await t.http().get(path())).status).toBe(401);
    expect((await call(t.http().get(path()).set(bearer(s.organizer)), 200)).rooms).toEqual(['Auditorium', 'Breakout B', 'Breakout A']);
  });
});
