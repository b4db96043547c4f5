import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, type TestApp, type TestUser } from './test-app.js';

const scale = {
  name: 'SCALE 2027',
  kind: 'conference',
  startDate: '2027-02-19',
  endDate: '2027-02-21',
  timeZone: 'America/Los_Angeles',
  city: 'Los Angeles',
  country: 'US',
};

describe('events', () => {
  let t: TestApp;
  let organizer: TestUser;
  let member: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    organizer = await t.user('organizer', { name: 'Stephen Spector' });
    member = await t.user('member');
  });
  afterAll(() => t.close());

  const create = async (fields: Record<string, unknown> = {}) => {
    const response = await t
      .http()
      .post('/api/events')
      .set(bearer(organizer))
      .send({ ...scale, ...fields });
    expect(response.status).toBe(201);
    return response.body;
  };

  it('lets an organizer create an event with a slug made from its name and year', async () => {
    const event = await create({
      name: 'Xen Summit North America',
      startDate: '2027-04-21',
      endDate: '2027-04-22',
      kind: 'summit',
      hostOrganization: 'AMD',
    });
    expect(event).toMatchObject({
      slug: 'xen-summit-north-america-2027',
      status: 'planned',
      version: 1,
      hostOrganization: 'AMD',
      startDate: '2027-04-21',
    });
    const second = await create({ name: 'Xen Summit North America', startDate: '2027-04-21', endDate: '2027-04-22', kind: 'summit' });
    expect(second.slug).toBe('xen-summit-north-america-2027-2');
  });

  it('forbids members from creating, editing and confirming events', async () => {
    const event = await create();
    expect((await t.http().post('/api/events').set(bearer(member)).send(scale)).status).toBe(403);
    expect(
      (
        await t
          .http()
          .put(`/api/events/${event.id}`)
          .set(bearer(member))
          .send({ ...event })
      ).status,
    ).toBe(403);
    expect((await t.http().post(`/api/events/${event.id}/confirm`).set(bearer(member)).send({})).status).toBe(403);
    expect((await t.http().get(`/api/events/${event.id}`).set(bearer(member))).status).toBe(200);
  });

  it('names the wrong fields and writes nothing', async () => {
    const response = await t
      .http()
      .post('/api/events')
      .set(bearer(organizer))
      .send({ ...scale, endDate: '2027-02-01', timeZone: 'Nowhere/Land', colour: 'red', kind: 7 });
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.errors).sort()).toEqual(['colour', 'kind', 'timeZone']);
    const rows = await t.dataSource.query(`SELECT count(*)::int AS n FROM event WHERE time_zone = 'Nowhere/Land'`);
    expect(rows[0].n).toBe(0);
  });

  it('refuses an end date before the start date, naming endDate', async () => {
    const response = await t
      .http()
      .post('/api/events')
      .set(bearer(organizer))
      .send({ ...scale, endDate: '2027-02-01' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual({ endDate: 'must not be before the start date' });
  });

  it('takes the whole record back on PUT, ignoring read-only fields, and refuses a stale version', async () => {
    const event = await create();
    const updated = await t
      .http()
      .put(`/api/events/${event.id}`)
      .set(bearer(organizer))
      .send({ ...event, venue: 'Westin LAX', status: 'held' });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ venue: 'Westin LAX', status: 'planned', version: 2 });
    const stale = await t
      .http()
      .put(`/api/events/${event.id}`)
      .set(bearer(organizer))
      .send({ ...event, venue: 'Somewhere else' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('RECORD.STALE_VERSION');
    expect((await t.http().get(`/api/events/${event.id}`).set(bearer(member))).body.venue).toBe('Westin LAX');
  });

  it('accepts a PUT that leaves out the read-only fields', async () => {
    const event = await create();
    const { id: _id, status: _status, createdAt: _createdAt, updatedAt: _updatedAt, slug: _slug, ...editable } = event;
    const response = await t
      .http()
      .put(`/api/events/${event.id}`)
      .set(bearer(organizer))
      .send({ ...editable, city: 'Pasadena' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ city: 'Pasadena', slug: event.slug });
  });

  it('moves through planned → confirmed → cancelled as actions and refuses illegal moves with 409', async () => {
    const event = await create();
    const confirmed = await t.http().post(`/api/events/${event.id}/confirm`).set(bearer(organizer)).send({ version: 1 });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.status).toBe('confirmed');
    const again = await t.http().post(`/api/events/${event.id}/confirm`).set(bearer(organizer)).send({});
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/confirmed/);
    const noReason = await t.http().post(`/api/events/${event.id}/cancel`).set(bearer(organizer)).send({});
    expect(noReason.status).toBe(422);
    const cancelled = await t.http().post(`/api/events/${event.id}/cancel`).set(bearer(organizer)).send({ reason: 'Venue closed' });
    expect(cancelled.body.status).toBe('cancelled');
  });

  it('refuses to mark an event held before it has started', async () => {
    const event = await create();
    await t.http().post(`/api/events/${event.id}/confirm`).set(bearer(organizer)).send({});
    const response = await t.http().post(`/api/events/${event.id}/mark-held`).set(bearer(organizer)).send({});
    expect(response.status).toBe(422);
    const past = await create({ startDate: '2020-02-19', endDate: '2020-02-21' });
    await t.http().post(`/api/events/${past.id}/confirm`).set(bearer(organizer)).send({});
    expect((await t.http().post(`/api/events/${past.id}/mark-held`).set(bearer(organizer)).send({})).body.status).toBe('held');
  });

  it('writes every change to the audit log with who, from and to', async () => {
    const event = await create();
    await t
      .http()
      .put(`/api/events/${event.id}`)
      .set(bearer(organizer))
      .send({ ...event, city: 'Pasadena' });
    await t.http().post(`/api/events/${event.id}/confirm`).set(bearer(organizer)).send({});
    const history = await t
      .http()
      .get('/api/audit-log')
      .query({ filter: JSON.stringify({ entity: 'event', entityId: String(event.id) }), sort: '["at","ASC"]' })
      .set(bearer(organizer));
    expect(history.status).toBe(200);
    expect(history.body.map((entry: { action: string }) => entry.action)).toEqual(['create', 'update', 'confirm']);
    expect(history.body[1].changes).toEqual({ city: { from: 'Los Angeles', to: 'Pasadena' } });
    expect(history.body[2]).toMatchObject({ actorName: 'Stephen Spector', fromState: 'planned', toState: 'confirmed' });
    expect((await t.http().get('/api/audit-log').set(bearer(member))).status).toBe(403);
  });

  it('answers 404 for an unknown or malformed id', async () => {
    expect((await t.http().get('/api/events/999999').set(bearer(member))).status).toBe(404);
    expect((await t.http().get('/api/events/abc').set(bearer(member))).status).toBe(404);
    expect((await t.http().post('/api/events/999999/confirm').set(bearer(organizer)).send({})).status).toBe(404);
  });

  describe('lists', () => {
    beforeAll(async () => {
      await create({
        name: 'SouthEast LinuxFest',
        city: 'Spartanburg',
        startDate: '2027-06-12',
        endDate: '2027-06-13',
        timeZone: 'America/New_York',
      });
      await create({ name: 'Citrix Synergy', city: 'San Francisco', startDate: '2027-05-11', endDate: '2027-05-13', kind: 'tradeshow' });
    });

    const list = (query: Record<string, unknown>) =>
      t
        .http()
        .get('/api/events')
        .set(bearer(member))
        .query(Object.fromEntries(Object.entries(query).map(([key, value]) => [key, JSON.stringify(value)])));

    it('searches, sorts, pages and reports the total in Content-Range', async () => {
      const all = await list({ sort: ['startDate', 'DESC'], range: [0, 1] });
      expect(all.status).toBe(200);
      expect(all.body).toHaveLength(2);
      expect(all.body[0].startDate >= all.body[1].startDate).toBe(true);
      const total = Number(all.headers['content-range'].split('/')[1]);
      expect(all.headers['content-range']).toBe(`events 0-1/${total}`);
      expect(total).toBeGreaterThan(5);

      const search = await list({ filter: { q: 'spartan' } });
      expect(search.body.map((event: { name: string }) => event.name)).toEqual(['SouthEast LinuxFest']);
      expect(search.headers['content-range']).toBe('events 0-0/1');
    });

    it('filters by equality, by id list and by date range', async () => {
      const tradeshows = await list({ filter: { kind: 'tradeshow' } });
      expect(tradeshows.body.every((event: { kind: string }) => event.kind === 'tradeshow')).toBe(true);
      const ids = tradeshows.body.map((event: { id: number }) => event.id);
      const many = await list({ filter: { id: ids } });
      expect(many.body.map((event: { id: number }) => event.id).sort()).toEqual([...ids].sort());
      const summer = await list({ filter: { startDate_gte: '2027-06-01', startDate_lte: '2027-06-30' } });
      expect(summer.body.map((event: { name: string }) => event.name)).toEqual(['SouthEast LinuxFest']);
    });

    it('caps the range at 500 rows', async () => {
      const response = await list({ range: [0, 100000] });
      expect(response.status).toBe(200);
      expect(response.body.length).toBeLessThanOrEqual(500);
    });

    it('refuses unknown sort fields, filters and malformed JSON with 400', async () => {
      expect((await list({ sort: ['passwordHash', 'ASC'] })).status).toBe(400);
      expect((await list({ filter: { secret: 1 } })).status).toBe(400);
      expect((await list({ filter: { status: 'exploded' } })).status).toBe(400);
      expect((await t.http().get('/api/events?filter={oops').set(bearer(member))).status).toBe(400);
      expect((await t.http().get('/api/events?limit=5').set(bearer(member))).status).toBe(400);
    });
  });

  describe('public calendar', () => {
    it('lists events without signing in', async () => {
      await create({ name: 'Public Meetup', kind: 'meetup' });
      const response = await t
        .http()
        .get('/api/public/events')
        .query({ filter: JSON.stringify({ q: 'public meetup' }) });
      expect(response.status).toBe(200);
      expect(response.body[0]).toMatchObject({ name: 'Public Meetup' });
      expect(response.body[0]).not.toHaveProperty('version');
    });

    it('serves a valid iCalendar feed with all-day events and cancellations', async () => {
      const event = await create({ name: 'Feed Conference', startDate: '2027-03-05', endDate: '2027-03-07' });
      await t.http().post(`/api/events/${event.id}/cancel`).set(bearer(organizer)).send({ reason: 'Rain' });
      const response = await t.http().get('/api/public/events.ics');
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/calendar/);
      const calendar = new ICAL.Component(ICAL.parse(response.text));
      const vevent = calendar
        .getAllSubcomponents('vevent')
        .find((component) => component.getFirstPropertyValue('summary') === 'Feed Conference')!;
      const entry = new ICAL.Event(vevent);
      expect(entry.startDate.isDate).toBe(true);
      expect(entry.startDate.toString()).toBe('2027-03-05');
      // DTEND of an all-day event is exclusive: the day after the last day.
      expect(entry.endDate.toString()).toBe('2027-03-08');
      expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    });
  });
});
