import { describe, expect, it } from 'vitest';
import { Roles } from '../users/user.schema.js';
import {
  AnnouncementActions,
  AnnouncementHats,
  AnnouncementStatuses,
  allowedAnnouncementActions,
  announcementMachine,
} from './announcement.machine.js';
import { digestMachine, DigestStatuses } from './digest.machine.js';
import { digestIssue, isoWeekOf, isoWeekRange, IsoWeekSchema, nextIsoWeek } from './iso-week.js';

describe('announcementMachine', () => {
  // Every (state, action, hat) cell, so that a new state or action cannot slip in unreviewed.
  const expected: Record<string, string> = {
    'draft schedule organizer': 'scheduled',
    'draft schedule author': 'scheduled',
    'draft schedule system': 'NOT_ALLOWED',
    'draft publish organizer': 'published',
    'draft publish author': 'published',
    'draft publish system': 'published',
    'draft retract organizer': 'ILLEGAL_TRANSITION',
    'draft retract author': 'ILLEGAL_TRANSITION',
    'draft retract system': 'ILLEGAL_TRANSITION',
    'scheduled schedule organizer': 'scheduled',
    'scheduled schedule author': 'scheduled',
    'scheduled schedule system': 'NOT_ALLOWED',
    'scheduled publish organizer': 'published',
    'scheduled publish author': 'published',
    'scheduled publish system': 'published',
    'scheduled retract organizer': 'draft',
    'scheduled retract author': 'draft',
    'scheduled retract system': 'NOT_ALLOWED',
    'published schedule organizer': 'ILLEGAL_TRANSITION',
    'published schedule author': 'ILLEGAL_TRANSITION',
    'published schedule system': 'ILLEGAL_TRANSITION',
    'published publish organizer': 'ILLEGAL_TRANSITION',
    'published publish author': 'ILLEGAL_TRANSITION',
    'published publish system': 'ILLEGAL_TRANSITION',
    'published retract organizer': 'draft',
    'published retract author': 'draft',
    'published retract system': 'NOT_ALLOWED',
  };
  for (const state of AnnouncementStatuses)
    for (const action of AnnouncementActions)
      for (const hat of AnnouncementHats) {
        it(`${state} → ${action} by ${hat}`, () => {
          const answer = announcementMachine.transition(state, action, hat);
          expect(answer.ok ? answer.to : answer.code).toBe(expected[`${state} ${action} ${hat}`]);
        });
      }

  it('names the state it would need when refusing', () => {
    const answer = announcementMachine.transition('published', 'publish', 'organizer');
    expect(answer).toMatchObject({ ok: false, message: expect.stringContaining('draft or scheduled') });
  });

  it('offers the buttons an author may press', () => {
    expect(allowedAnnouncementActions('draft', ['author'])).toEqual(['schedule', 'publish']);
    expect(allowedAnnouncementActions('published', ['organizer'])).toEqual(['retract']);
    expect(allowedAnnouncementActions('draft', [])).toEqual([]);
  });
});

describe('digestMachine', () => {
  it('sends a draft once, by an organizer only', () => {
    for (const state of DigestStatuses)
      for (const role of Roles) {
        const answer = digestMachine.transition(state, 'send', role);
        const want = state === 'sent' ? 'ILLEGAL_TRANSITION' : role === 'organizer' ? 'sent' : 'NOT_ALLOWED';
        expect(answer.ok ? answer.to : answer.code).toBe(want);
      }
  });
});

describe('ISO weeks', () => {
  it('accepts real weeks only', () => {
    expect(IsoWeekSchema.safeParse('2027-W07').success).toBe(true);
    expect(IsoWeekSchema.safeParse('2026-W53').success).toBe(true);
    expect(IsoWeekSchema.safeParse('2027-W53').success).toBe(false);
    expect(IsoWeekSchema.safeParse('2027-W00').success).toBe(false);
    expect(IsoWeekSchema.safeParse('2027-7').success).toBe(false);
  });

  it('runs from Monday to Monday in UTC', () => {
    expect(isoWeekRange('2027-W07')).toEqual({ from: new Date('2027-02-15T00:00:00Z'), to: new Date('2027-02-22T00:00:00Z') });
    // 1 January 2027 is a Friday: it still belongs to 2026-W53.
    expect(isoWeekOf(new Date('2027-01-01T12:00:00Z'))).toBe('2026-W53');
    expect(isoWeekRange('2027-W01').from).toEqual(new Date('2027-01-04T00:00:00Z'));
    expect(nextIsoWeek(new Date('2027-02-10T09:00:00Z'))).toBe('2027-W07');
  });

  it('labels an issue like the newsletter did', () => {
    expect(digestIssue('2027-W07', 2027).label).toBe('Vol 1 No 7');
    expect(digestIssue('2036-W04', 2027)).toEqual({ volume: 10, number: 4, label: 'Vol 10 No 4' });
  });
});
