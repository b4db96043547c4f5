import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BoothProposalRemindersService } from '../src/booth-proposals/booth-proposal-reminders.service.js';
import { act, createBudget, createEvent, eventHappened, inReview, outbox, propose } from './booth-fixtures.js';
import { createTestApp, type TestApp, type TestUser } from './test-app.js';

const DAY = 86_400_000;

describe(BoothProposalRemindersService.name, () => {
  let t: TestApp;
  let reminders: BoothProposalRemindersService;
  let organizer: TestUser;
  let secondOrganizer: TestUser;
  let pasi: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    reminders = t.app.get(BoothProposalRemindersService);
    organizer = await t.user('organizer');
    secondOrganizer = await t.user('organizer');
    pasi = await t.user('member');
    await createBudget(t, organizer);
  });
  afterAll(() => t.close());

  const remindersFor = async (proposalId: number) =>
    (await outbox(t)).filter((mail) => mail.dedupe_key?.startsWith(`proposal:${proposalId}:`));

  it('reminds every organizer of a proposal nobody took into review once after 7 days, again after 14 — never daily', async () => {
    const event = await createEvent(t, organizer, { name: 'Waiting Fest' });
    const proposal = await propose(t, pasi, event.id);
    await act(t, pasi, proposal.id, 'submit');
    const now = Date.now();
    expect(await reminders.sendStalledReminders(new Date(now + 6 * DAY))).toBe(0);
    expect(await reminders.sendStalledReminders(new Date(now + 7 * DAY + 60_000))).toBe(2);
    for (const day of [8, 9, 10, 13]) expect(await reminders.sendStalledReminders(new Date(now + day * DAY))).toBe(0);
    expect(await reminders.sendStalledReminders(new Date(now + 14 * DAY + 60_000))).toBe(2);
    const sent = await remindersFor(proposal.id);
    expect(sent.map((mail) => mail.to_email).sort()).toEqual(
      [organizer.email, organizer.email, secondOrganizer.email, secondOrganizer.email].sort(),
    );
    expect(sent[0].subject).toBe('Reminder: booth proposal for Waiting Fest is waiting');
  });

  it('reminds only the reviewer once someone took the proposal into review', async () => {
    const event = await createEvent(t, organizer, { name: 'Review Fest' });
    const proposal = await inReview(t, pasi, organizer, event.id);
    await reminders.sendStalledReminders(new Date(Date.now() + 8 * DAY));
    expect((await remindersFor(proposal.id)).map((mail) => mail.to_email)).toEqual([organizer.email]);
  });

  it('reminds the proposer of a missing report 14 days after the event, and not before', async () => {
    const event = await createEvent(t, organizer, { name: 'Report Fest' });
    const proposal = await inReview(t, pasi, organizer, event.id, { feeRequested: 0 });
    await act(t, organizer, proposal.id, 'approve', { feeApproved: 0 });
    await eventHappened(t, event.id);
    // The event ended two days ago (in UTC; New York may still be a day behind): 11 days on it is
    // 12–13 days after the end, too early; 13 days on it is 14–15 days after, time for one reminder.
    await reminders.sendStalledReminders(new Date(Date.now() + 11 * DAY));
    expect(await remindersFor(proposal.id)).toEqual([]);
    await reminders.sendStalledReminders(new Date(Date.now() + 13 * DAY));
    const sent = await remindersFor(proposal.id);
    expect(sent.map((mail) => [mail.to_email, mail.subject])).toEqual([
      [pasi.email, 'Reminder: the report for your booth at Report Fest is missing'],
    ]);
    expect(sent[0].body).toMatch(/mark the booth held/);
  });

  it('stops reminding once the proposal has moved on', async () => {
    const event = await createEvent(t, organizer, { name: 'Decided Fest' });
    const proposal = await inReview(t, pasi, organizer, event.id);
    await act(t, organizer, proposal.id, 'reject', { reason: 'Not this year.' });
    await reminders.sendStalledReminders(new Date(Date.now() + 30 * DAY));
    expect(await remindersFor(proposal.id)).toEqual([]);
  });
});
