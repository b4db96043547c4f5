import { coverageGaps, defaultOpeningHours, todayIn, uncoveredMinutes, type OpeningHours } from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';

// What the community's news is written from: read-only questions to the program's tables (events,
// booths and shifts, CfPs and committees, contests, reviews), asked by announcements' suggestions
// and the weekly digest. Nothing here writes; each owner keeps its own tables.

export type BoothNeedingVolunteers = {
  boothProposalId: number;
  eventId: number;
  eventName: string;
  city: string | null;
  country: string | null;
  startDate: string;
  endDate: string;
  timeZone: string;
  uncoveredMinutes: number;
};

// Booths that will be held (approved and on their way) at events that have not ended, whose opening
// hours confirmed shifts do not cover; `horizonDays` bounds how far ahead.
export async function boothsNeedingVolunteers(manager: EntityManager, now: Date, horizonDays: number): Promise<BoothNeedingVolunteers[]> {
  const booths: Array<{
    id: number;
    event_id: number;
    name: string;
    city: string | null;
    country: string | null;
    start_date: string;
    end_date: string;
    time_zone: string;
    opening_hours: OpeningHours[] | null;
  }> = await manager.query(
    `SELECT bp.id, e.id AS event_id, e.name, e.city, e.country, to_char(e.start_date, 'YYYY-MM-DD') AS start_date,
            to_char(e.end_date, 'YYYY-MM-DD') AS end_date, e.time_zone, bp.opening_hours
     FROM booth_proposal bp JOIN event e ON e.id = bp.event_id
     WHERE bp.status IN ('approved', 'funded', 'shipped') AND e.status <> 'cancelled'
       AND e.end_date >= ($1::timestamptz AT TIME ZONE 'UTC')::date - 1
       AND e.start_date <= ($1::timestamptz AT TIME ZONE 'UTC')::date + $2::int
     ORDER BY e.start_date, bp.id`,
    [now, horizonDays],
  );
  if (booths.length === 0) return [];
  const shifts: Array<{ booth_proposal_id: number; day: string; start_time: string; end_time: string }> = await manager.query(
    `SELECT booth_proposal_id, to_char(day, 'YYYY-MM-DD') AS day, to_char(start_time, 'HH24:MI') AS start_time,
            to_char(end_time, 'HH24:MI') AS end_time
     FROM booth_shift WHERE status = 'confirmed' AND booth_proposal_id = ANY ($1::int[])`,
    [booths.map((booth) => booth.id)],
  );
  const result: BoothNeedingVolunteers[] = [];
  for (const booth of booths) {
    if (booth.end_date < todayIn(booth.time_zone, now)) continue;
    const hours = booth.opening_hours ?? defaultOpeningHours(booth.start_date, booth.end_date);
    const staffed = shifts
      .filter((shift) => shift.booth_proposal_id === booth.id)
      .map((shift) => ({ day: shift.day, startTime: shift.start_time, endTime: shift.end_time }));
    const minutes = uncoveredMinutes(coverageGaps(hours, staffed));
    if (minutes === 0) continue;
    result.push({
      boothProposalId: booth.id,
      eventId: booth.event_id,
      eventName: booth.name,
      city: booth.city,
      country: booth.country,
      startDate: booth.start_date,
      endDate: booth.end_date,
      timeZone: booth.time_zone,
      uncoveredMinutes: minutes,
    });
  }
  return result;
}

export type OpenCfp = {
  cfpId: number;
  eventId: number;
  eventName: string;
  opensAt: Date;
  closesAt: Date;
  // The event's own zone: deadlines are read where the summit happens.
  timeZone: string;
};

// Calls for papers open at `now`, or opening before `until`.
export async function openCfps(manager: EntityManager, now: Date, until: Date): Promise<OpenCfp[]> {
  const rows: Array<{ id: number; event_id: number; name: string; opens_at: Date; closes_at: Date; time_zone: string }> =
    await manager.query(
      `SELECT c.id, e.id AS event_id, e.name, c.opens_at, c.closes_at, e.time_zone
     FROM cfp c JOIN event e ON e.id = c.event_id
     WHERE c.closes_at > $1 AND c.opens_at < $2 AND e.status <> 'cancelled'
     ORDER BY c.closes_at, c.id`,
      [now, until],
    );
  return rows.map((row) => ({
    cfpId: row.id,
    eventId: row.event_id,
    eventName: row.name,
    opensAt: row.opens_at,
    closesAt: row.closes_at,
    timeZone: row.time_zone,
  }));
}

export type OpenContest = {
  contestId: number;
  title: string;
  prize: number;
  currency: string;
  timeZone: string;
  entriesOpenAt: Date;
  entriesCloseAt: Date;
  votingOpensAt: Date;
  votingClosesAt: Date;
};

// Published contests whose entry or voting window is open at `now` or opens before `until`.
export async function openContests(manager: EntityManager, now: Date, until: Date): Promise<OpenContest[]> {
  const rows: Array<{
    id: number;
    title: string;
    prize: string;
    currency: string;
    time_zone: string;
    entries_open_at: Date;
    entries_close_at: Date;
    voting_opens_at: Date;
    voting_closes_at: Date;
  }> = await manager.query(
    `SELECT id, title, prize, currency, time_zone, entries_open_at, entries_close_at, voting_opens_at, voting_closes_at
     FROM contest
     WHERE stage = 'published' AND voting_closes_at > $1
       AND (entries_open_at < $2 OR voting_opens_at < $2)
     ORDER BY entries_close_at, id`,
    [now, until],
  );
  return rows.map((row) => ({
    contestId: row.id,
    title: row.title,
    prize: Number(row.prize),
    currency: row.currency,
    timeZone: row.time_zone,
    entriesOpenAt: row.entries_open_at,
    entriesCloseAt: row.entries_close_at,
    votingOpensAt: row.voting_opens_at,
    votingClosesAt: row.voting_closes_at,
  }));
}

export type AnnouncedCommittee = { committeeId: number; eventId: number; eventName: string; startDate: string; members: string[] };

// Committees of summits still ahead, with their members (chairs first).
export async function upcomingCommittees(manager: EntityManager, now: Date): Promise<AnnouncedCommittee[]> {
  const rows: Array<{ id: number; event_id: number; name: string; start_date: string; members: string[] }> = await manager.query(
    `SELECT c.id, e.id AS event_id, e.name, to_char(e.start_date, 'YYYY-MM-DD') AS start_date,
            array_agg(u.name ORDER BY s.role, u.name) AS members
     FROM committee c JOIN event e ON e.id = c.event_id
     JOIN committee_seat s ON s.committee_id = c.id JOIN app_user u ON u.id = s.user_id
     WHERE e.start_date >= ($1::timestamptz AT TIME ZONE 'UTC')::date AND e.status <> 'cancelled'
     GROUP BY c.id, e.id ORDER BY e.start_date`,
    [now],
  );
  return rows.map((row) => ({
    committeeId: row.id,
    eventId: row.event_id,
    eventName: row.name,
    startDate: row.start_date,
    members: row.members,
  }));
}

export type MemberThanks = { userId: number; name: string; reason: 'booth' | 'reviews'; about: string };

// "Members in action": volunteers whose booth shifts were confirmed in [from, to), and reviewers
// whose last assigned review was written in [from, to) and who have none left to write.
export async function membersInAction(manager: EntityManager, from: Date, to: Date): Promise<MemberThanks[]> {
  const volunteers: Array<{ user_id: number; name: string; event: string }> = await manager.query(
    `SELECT DISTINCT ON (s.user_id, e.id) s.user_id, u.name, e.name AS event
     FROM booth_shift s JOIN app_user u ON u.id = s.user_id
     JOIN booth_proposal bp ON bp.id = s.booth_proposal_id JOIN event e ON e.id = bp.event_id
     WHERE s.status = 'confirmed' AND s.updated_at >= $1 AND s.updated_at < $2
     ORDER BY s.user_id, e.id`,
    [from, to],
  );
  const reviewers: Array<{ reviewer_id: number; name: string; event: string }> = await manager.query(
    `SELECT a.reviewer_id, u.name, min(e.name) AS event
     FROM review_assignment a JOIN app_user u ON u.id = a.reviewer_id
     JOIN submission sub ON sub.id = a.submission_id JOIN cfp c ON c.id = sub.cfp_id JOIN event e ON e.id = c.event_id
     LEFT JOIN review r ON r.submission_id = a.submission_id AND r.reviewer_id = a.reviewer_id
     GROUP BY a.reviewer_id, u.name, c.id
     HAVING count(r.id) = count(*) AND max(r.created_at) >= $1 AND max(r.created_at) < $2`,
    [from, to],
  );
  return [
    ...volunteers.map((row) => ({ userId: row.user_id, name: row.name, reason: 'booth' as const, about: row.event })),
    ...reviewers.map((row) => ({ userId: row.reviewer_id, name: row.name, reason: 'reviews' as const, about: row.event })),
  ];
}
