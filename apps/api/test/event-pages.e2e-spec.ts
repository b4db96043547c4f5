import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { comingYear } from '../src/database/seed/demo-dates.js';
import { seedDemo } from '../src/database/seed/seed.js';
import { createTestApp, type TestApp } from './test-app.js';

// The public page of every event and the agenda in the formats conference apps read, on the demo data.
describe('public event pages', () => {
  let t: TestApp;
  const year = comingYear();
  const scale = `scale-${year}`;
  const summit = `xen-summit-north-america-${year}`;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.target);
  });
  afterAll(() => t.close());

  it("gathers a regional event's page: dates in its zone, venue, the booth with its gaps, sponsors and no call", async () => {
    const response = await t.http().get(`/api/public/events/${scale}/page`).expect(200);
    const page = response.body;
    expect(page.event).toMatchObject({ slug: scale, timeZone: 'America/Los_Angeles', venue: 'Westin LAX', city: 'Los Angeles' });
    expect(page.event.startDate).toBe(`${year}-02-19`);
    expect(page.booths).toHaveLength(1);
    const [booth] = page.booths;
    expect(booth.timeZone).toBe('America/Los_Angeles');
    expect(booth.openingHours.map((hours: { day: string }) => hours.day)).toEqual([`${year}-02-19`, `${year}-02-20`, `${year}-02-21`]);
    // The second day is staffed; the first and last days still want volunteers.
    expect(booth.gaps).toContainEqual({ day: `${year}-02-19`, from: '10:00', to: '18:00' });
    expect(booth.gaps.some((gap: { day: string }) => gap.day === `${year}-02-20`)).toBe(false);
    expect(booth.uncoveredMinutes).toBeGreaterThan(0);
    expect(booth.shifts).toContainEqual(expect.objectContaining({ day: `${year}-02-20`, startTime: '10:00', endTime: '14:00' }));
    // Visitors never learn who volunteers.
    expect(JSON.stringify(page)).not.toMatch(/heechul|userId|email/i);
    expect(page.sponsors).toEqual(expect.objectContaining({ tiers: expect.any(Array), booths: expect.any(Array) }));
    expect(page.cfp).toBeNull();
    expect(page.agenda).toEqual([]);
  });

  it("gathers a summit's page with its call for papers and only the published agenda", async () => {
    const page = (await t.http().get(`/api/public/events/${summit}/page`).expect(200)).body;
    expect(page.cfp).toEqual(expect.objectContaining({ closesAt: expect.any(String), timeZone: expect.any(String) }));
    expect(page.agenda.map((item: { title: string }) => item.title)).toEqual(['Welcome and introduction', 'PV-ops dom0 in upstream Linux']);
  });

  it('answers 404 JSON for an unknown or malformed slug, never 500', async () => {
    for (const slug of ['no-such-event', '%00', 'x'.repeat(5000), '__proto__', "a'b;--", '%E2%80%AE']) {
      for (const tail of ['page', 'schedule.xml', 'schedule.json', 'agenda/1.ics']) {
        const response = await t.http().get(`/api/public/events/${slug}/${tail}`);
        expect([400, 404], `${slug}/${tail}`).toContain(response.status);
        expect(response.headers['content-type']).toMatch(/json/);
      }
    }
    const slots = (await t.http().get(`/api/public/events/${summit}/agenda`).expect(200)).body.items;
    for (const id of ['0', '-1', '99999999999', 'abc', String(slots[0].id + 100000)]) {
      expect((await t.http().get(`/api/public/events/${summit}/agenda/${id}.ics`)).status).toBe(404);
    }
    // A slot of another event is not part of this event's agenda.
    expect((await t.http().get(`/api/public/events/${scale}/agenda/${slots[0].id}.ics`)).status).toBe(404);
  });

  it('publishes frab schedule XML that validates against the c3voc schema', async () => {
    const response = await t.http().get(`/api/public/events/${summit}/schedule.xml`).expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/xml/);
    const xml = response.text;
    const schema = readFileSync(new URL('./fixtures/frab-schedule.xsd', import.meta.url), 'utf8');
    const result = await validateXML({
      xml: [{ fileName: 'schedule.xml', contents: xml }],
      schema: [{ fileName: 'schedule.xsd', contents: schema }],
    });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(xml).toContain('<acronym>' + summit + '</acronym>');
    expect(xml).toContain('<title>PV-ops dom0 in upstream Linux</title>');
    // Wall-clock times in the event's zone with their offset.
    expect(xml).toMatch(/<date>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00[+-]\d{2}:\d{2}<\/date>/);
  });

  it('publishes the schedule.json in the c3voc shape', async () => {
    const body = (await t.http().get(`/api/public/events/${summit}/schedule.json`).expect(200)).body;
    const conference = body.schedule.conference;
    expect(conference).toMatchObject({ acronym: summit, start: `${year}-04-21`, end: `${year}-04-22`, daysCount: 2 });
    expect(conference.days.map((day: { index: number }) => day.index)).toEqual([1, 2]);
    const talks = conference.days.flatMap((day: { rooms: Record<string, unknown[]> }) => Object.values(day.rooms).flat());
    expect(talks.length).toBe(2);
    for (const talk of talks) {
      expect(talk).toEqual(
        expect.objectContaining({
          guid: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
          id: expect.any(Number),
          date: expect.any(String),
          start: expect.stringMatching(/^\d{2}:\d{2}$/),
          duration: expect.stringMatching(/^\d{2}:\d{2}$/),
          room: expect.any(String),
          slug: expect.any(String),
          title: expect.any(String),
          type: expect.any(String),
          persons: expect.any(Array),
          links: expect.any(Array),
        }),
      );
    }
    const talk = talks.find((item: { title: string }) => item.title === 'PV-ops dom0 in upstream Linux');
    expect(talk.persons.length).toBeGreaterThan(0);
    expect(talk.persons[0]).toEqual({ public_name: expect.any(String) });
  });

  it('offers one talk as an iCal file that calendar apps parse', async () => {
    const items = (await t.http().get(`/api/public/events/${summit}/agenda`).expect(200)).body.items;
    const talk = items.find((item: { talk: unknown }) => item.talk);
    const response = await t.http().get(`/api/public/events/${summit}/agenda/${talk.id}.ics`).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(response.text));
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events).toHaveLength(1);
    expect(events[0]!.summary).toContain(talk.title);
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe(talk.startsAt);
    expect(events[0]!.endDate.toJSDate().toISOString()).toBe(talk.endsAt);
  });
});
