import { contestStatus, type Contest, type ContestStatus } from '@summitdesk/contracts';
import type { ContestEntity } from './contest.entity.js';
import { renderRules } from './contest-rules.js';

export function statusOf(contest: ContestEntity, now = new Date()): ContestStatus {
  return contestStatus(contest, now);
}

export function presentContest(contest: ContestEntity, now = new Date()): Contest {
  return {
    id: contest.id,
    title: contest.title,
    rules: contest.rules,
    rulesHtml: renderRules(contest.rules),
    prize: contest.prize,
    currency: contest.currency,
    license: contest.license,
    timeZone: contest.timeZone,
    entriesOpenAt: contest.entriesOpenAt.toISOString(),
    entriesCloseAt: contest.entriesCloseAt.toISOString(),
    votingOpensAt: contest.votingOpensAt.toISOString(),
    votingClosesAt: contest.votingClosesAt.toISOString(),
    status: statusOf(contest, now),
    winnerEntryId: contest.winnerEntryId,
    awardedAt: contest.awardedAt?.toISOString() ?? null,
    version: contest.version,
    createdAt: contest.createdAt.toISOString(),
    updatedAt: contest.updatedAt.toISOString(),
  };
}
