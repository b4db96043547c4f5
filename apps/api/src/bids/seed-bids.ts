import type { DataSource } from 'typeorm';
import { comingYear } from '../database/seed/demo-dates.js';

// Reviewer e-mail → topic interests (−2 … +2) in the Xen Summit committee.
const INTERESTS: Record<string, Record<string, number>> = {
  'boris@summitdesk.test': { 'Cloud management': 2, Community: 1, ARM: -1 },
  'dan@summitdesk.test': { 'Hypervisor internals': 2, Performance: 2, Security: -1 },
  'jose@summitdesk.test': { Storage: 2, Networking: 2, Community: -2 },
  'hitoshi@summitdesk.test': { Performance: 2, 'Hypervisor internals': 1, Community: 1 },
  'pasi@summitdesk.test': { 'Cloud management': 2, Storage: 1, Security: 1 },
  'sangbum@summitdesk.test': { Security: 2, ARM: 2, Storage: -1 },
  'patrick@summitdesk.test': { Security: 2, 'Hypervisor internals': 1, 'Cloud management': -1 },
  'tim@summitdesk.test': { 'Hypervisor internals': 2, ARM: 1, Networking: -1 },
};

// Bids (−20 … +20) of eight Xen Summit reviewers on the talks waiting for review, so that the chair's
// assignment preview has preferences to honour: eager on their topics and tracks, reluctant off them,
// a few left neutral. Justin Ryan has not bid yet (the demo's reviewer to try the bidding page with).
// Added once per reviewer: one who already bid or set interests is left alone.
export async function seedBids(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const [cfp] = await manager.query(
      `SELECT cfp.id, c.id AS committee_id FROM cfp JOIN event e ON e.id = cfp.event_id JOIN committee c ON c.event_id = cfp.event_id
        WHERE e.slug = $1`,
      [`xen-summit-north-america-${comingYear()}`],
    );
    if (!cfp) return;
    const talks: Array<{ id: number; track: string | null; topics: string[] }> = await manager.query(
      `SELECT id, track, topics FROM submission WHERE cfp_id = $1 AND status IN ('submitted', 'in_review') ORDER BY id`,
      [cfp.id],
    );
    for (const [r, [email, interests]] of Object.entries(INTERESTS).entries()) {
      const [reviewer] = await manager.query(
        `SELECT u.id, seat.track_preferences AS tracks FROM app_user u JOIN committee_seat seat ON seat.user_id = u.id
          WHERE u.email = $1 AND seat.committee_id = $2`,
        [email, cfp.committee_id],
      );
      if (!reviewer) continue;
      const [{ started }] = await manager.query(
        `SELECT EXISTS (SELECT 1 FROM topic_interest WHERE user_id = $1 AND committee_id = $2)
             OR EXISTS (SELECT 1 FROM bid b JOIN submission s ON s.id = b.submission_id
                         WHERE b.reviewer_id = $1 AND s.cfp_id = $3) AS started`,
        [reviewer.id, cfp.committee_id, cfp.id],
      );
      if (started) continue;
      for (const [topic, value] of Object.entries(interests)) {
        await manager.query(`INSERT INTO topic_interest (committee_id, user_id, topic, value) VALUES ($1, $2, $3, $4)`, [
          cfp.committee_id,
          reviewer.id,
          topic,
          value,
        ]);
      }
      for (const [t, talk] of talks.entries()) {
        // Every fourth pair stays without a bid, as in a real round.
        if ((r + t) % 4 === 3) continue;
        const interest = talk.topics.reduce((sum, topic) => sum + (interests[topic] ?? 0), 0);
        const track = talk.track && (reviewer.tracks as string[]).includes(talk.track) ? 8 : 0;
        const jitter = ((r * 7 + t * 3) % 9) - 4;
        const value = Math.max(-20, Math.min(20, 4 * interest + track + jitter));
        // Conflicted pairs get no bid: the reviewer never sees those talks.
        await manager.query(
          `INSERT INTO bid (submission_id, reviewer_id, value) SELECT $1, $2, $3
            WHERE NOT EXISTS (SELECT 1 FROM submission_conflict sc WHERE sc.submission_id = $1 AND sc.reviewer_id = $2)`,
          [talk.id, reviewer.id, value],
        );
      }
    }
  });
}
