import type { EntityManager } from 'typeorm';
import { announcementText, renderAnnouncement } from '../announcements/announcement-markdown.js';
import type { AnnouncementsService } from '../announcements/announcements.service.js';
import { boothsNeedingVolunteers, membersInAction, openCfps, openContests } from '../announcements/news-facts.js';
import type { SubscriptionsService } from '../subscriptions/subscriptions.service.js';
import type { DigestSectionContent, DigestSections } from './digest-sections.js';

// What an issue says, composed from the data once (and again whenever the organizer refreshes the
// draft); instants are kept as ISO strings and rendered per reader's language and the event's zone.
export type DigestContent = {
  week: string;
  from: string;
  to: string;
  announcements: Array<{ id: number; title: string; html: string; text: string; pinned: boolean }>;
  booths: Array<{
    boothProposalId: number;
    eventName: string;
    city: string | null;
    country: string | null;
    startDate: string;
    endDate: string;
    uncoveredMinutes: number;
  }>;
  cfps: Array<{ cfpId: number; eventName: string; closesAt: string; timeZone: string }>;
  contests: Array<{
    contestId: number;
    title: string;
    prize: number;
    currency: string;
    // What members can do in the week: enter, or vote.
    phase: 'entries' | 'voting';
    until: string;
    timeZone: string;
  }>;
  // Only members who agreed to be named.
  thanks: Array<{ name: string; reason: 'booth' | 'reviews'; about: string }>;
  sections: DigestSectionContent[];
};

const DAY = 86_400_000;
// Booths this far ahead of the week are worth asking for help.
const BOOTH_HORIZON_DAYS = 90;

export async function composeDigest(
  manager: EntityManager,
  week: string,
  range: { from: Date; to: Date },
  sources: { announcements: AnnouncementsService; subscriptions: SubscriptionsService; sections: DigestSections },
): Promise<DigestContent> {
  const { from, to } = range;
  const news = await sources.announcements.publishedBetween(manager, from, to);
  const booths = await boothsNeedingVolunteers(manager, from, BOOTH_HORIZON_DAYS);
  const cfps = await openCfps(manager, from, to);
  const contests = await openContests(manager, from, to);
  const people = await membersInAction(manager, from, to);
  const consenting = await sources.subscriptions.consentingMembers(manager, [...new Set(people.map((person) => person.userId))]);
  return {
    week,
    from: from.toISOString(),
    to: to.toISOString(),
    announcements: news.map((row) => ({
      id: row.id,
      title: row.title,
      html: renderAnnouncement(row.body),
      text: announcementText(row.body),
      pinned: row.pinned,
    })),
    booths: booths.map((booth) => ({
      boothProposalId: booth.boothProposalId,
      eventName: booth.eventName,
      city: booth.city,
      country: booth.country,
      startDate: booth.startDate,
      endDate: booth.endDate,
      uncoveredMinutes: booth.uncoveredMinutes,
    })),
    cfps: cfps.map((cfp) => ({ cfpId: cfp.cfpId, eventName: cfp.eventName, closesAt: cfp.closesAt.toISOString(), timeZone: cfp.timeZone })),
    contests: contests
      .filter((contest) => contest.entriesOpenAt < to || contest.votingOpensAt < to)
      .map((contest) => {
        const entries = contest.entriesCloseAt > from && contest.entriesOpenAt < to && contest.votingOpensAt > from;
        return {
          contestId: contest.contestId,
          title: contest.title,
          prize: contest.prize,
          currency: contest.currency,
          phase: entries ? ('entries' as const) : ('voting' as const),
          until: (entries ? contest.entriesCloseAt : contest.votingClosesAt).toISOString(),
          timeZone: contest.timeZone,
        };
      })
      .filter((contest) => contest.phase === 'entries' || new Date(contest.until).getTime() > from.getTime() - DAY),
    thanks: people.filter((person) => consenting.has(person.userId)).map(({ name, reason, about }) => ({ name, reason, about })),
    sections: await sources.sections.compose(manager, { week, from, to }),
  };
}
