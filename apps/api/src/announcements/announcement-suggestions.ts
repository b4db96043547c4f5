import { formatMoney, type AnnouncementSuggestion } from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import { boothsNeedingVolunteers, openContests, openCfps, upcomingCommittees } from './news-facts.js';
import { formatDays, formatHours, formatInZone } from './news-format.js';

const DAY = 86_400_000;

// Ready drafts written from the data: a call for papers opening, a committee announced, a contest's
// entry and voting windows, a booth that needs volunteers. `events` limits them to some events (a
// chair's summits); null means all. Keys already written up are left out by the caller.
export async function suggestAnnouncements(manager: EntityManager, now: Date, events: number[] | null): Promise<AnnouncementSuggestion[]> {
  const about = (eventId: number) => events === null || events.includes(eventId);
  const suggestions: AnnouncementSuggestion[] = [];
  const none = { eventId: null, cfpId: null, contestId: null, boothProposalId: null };

  for (const cfp of await openCfps(manager, now, new Date(now.getTime() + 30 * DAY))) {
    if (!about(cfp.eventId)) continue;
    const opening = cfp.opensAt > now ? `opens on ${formatInZone(cfp.opensAt, cfp.timeZone)} and ` : 'is open and ';
    suggestions.push({
      ...none,
      key: `cfp-opening-${cfp.cfpId}`,
      kind: 'cfp-opening',
      title: `Call for papers: ${cfp.eventName}`,
      body:
        `The call for papers for **${cfp.eventName}** ${opening}closes on ` +
        `**${formatInZone(cfp.closesAt, cfp.timeZone)}**.\n\nTalks, keynotes, BoFs and lightning talks are welcome; submit yours ` +
        `under *My talks*.`,
      eventId: cfp.eventId,
      cfpId: cfp.cfpId,
    });
  }

  for (const committee of await upcomingCommittees(manager, now)) {
    if (!about(committee.eventId)) continue;
    suggestions.push({
      ...none,
      key: `committee-${committee.committeeId}`,
      kind: 'committee',
      title: `${committee.eventName}: program committee announced`,
      body:
        `The ${committee.eventName} program committee is formed: a great collection of community members from around the ` +
        `world.\n\n${committee.members.map((name) => `- ${name}`).join('\n')}\n\nLook for the call for papers soon.`,
      eventId: committee.eventId,
    });
  }

  if (events === null) {
    for (const contest of await openContests(manager, now, new Date(now.getTime() + 30 * DAY))) {
      const prize = formatMoney(contest.prize, contest.currency);
      if (contest.entriesCloseAt > now) {
        suggestions.push({
          ...none,
          key: `contest-entries-${contest.contestId}`,
          kind: 'contest-entries',
          title: `${contest.title}: win ${prize}`,
          body:
            `Win **${prize}** in the ${contest.title}! Entries are open from ` +
            `${formatInZone(contest.entriesOpenAt, contest.timeZone)} until ` +
            `**${formatInZone(contest.entriesCloseAt, contest.timeZone)}**; voting runs until ` +
            `${formatInZone(contest.votingClosesAt, contest.timeZone)}.`,
          contestId: contest.contestId,
        });
      }
      suggestions.push({
        ...none,
        key: `contest-voting-${contest.contestId}`,
        kind: 'contest-voting',
        title: `${contest.title}: cast your vote`,
        body:
          `Voting in the ${contest.title} opens on ${formatInZone(contest.votingOpensAt, contest.timeZone)} and closes on ` +
          `**${formatInZone(contest.votingClosesAt, contest.timeZone)}**. Every member has one vote, which can be changed until ` +
          `voting closes.`,
        contestId: contest.contestId,
      });
    }

    for (const booth of await boothsNeedingVolunteers(manager, now, 120)) {
      const place = [booth.city, booth.country].filter(Boolean).join(', ');
      suggestions.push({
        ...none,
        key: `booth-volunteers-${booth.boothProposalId}`,
        kind: 'booth-volunteers',
        title: `Booth help wanted at ${booth.eventName}`,
        body:
          `We have a booth at **${booth.eventName}**${place ? ` in ${place}` : ''} ` +
          `(${formatDays(booth.startDate, booth.endDate)}), and ${formatHours(booth.uncoveredMinutes)} of its opening hours have ` +
          `nobody yet. If you are interested in assisting at the booth (and showing your own solution), offer a shift under ` +
          `*Booth shifts*.`,
        eventId: booth.eventId,
        boothProposalId: booth.boothProposalId,
      });
    }
  }
  return suggestions;
}
