import type { DataSource } from 'typeorm';
import { comingYear } from '../database/seed/demo-dates.js';

const TALK = 'Transcendent memory in practice';

// The demo's committee discussion of a Xen Summit talk in review (its reviewer asks the chair, the
// chair answers and shares one comment with the speaker) and a meeting ordered by average score.
// Added once: a talk that already has comments, or a call with a meeting, is left alone.
export async function seedDiscussion(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const [cfp] = await manager.query(`SELECT cfp.id FROM cfp JOIN event e ON e.id = cfp.event_id WHERE e.slug = $1`, [
      `xen-summit-north-america-${comingYear()}`,
    ]);
    if (!cfp) return;
    const [talk] = await manager.query(`SELECT id FROM submission WHERE cfp_id = $1 AND title = $2`, [cfp.id, TALK]);
    const [{ count }] = talk
      ? await manager.query(`SELECT count(*)::int AS count FROM discussion_comment WHERE submission_id = $1`, [talk.id])
      : [{ count: 1 }];
    if (count === 0) {
      const comments: Array<[email: string, body: string, shared: boolean]> = [
        [
          'hitoshi@summitdesk.test',
          '@Anil Madhavapeddy the talk is promising but has no numbers from production yet. Worth a slot?',
          false,
        ],
        ['anil@summitdesk.test', 'Let us discuss it at the meeting; I would like a second opinion from the core track.', false],
        ['anil@summitdesk.test', 'Please bring measurements from a real deployment: cleancache hit rates and frontswap savings.', true],
      ];
      for (const [email, body, shared] of comments) {
        await manager.query(
          `INSERT INTO discussion_comment (submission_id, author_id, body, visible_to_speakers)
           SELECT $1, id, $3, $4 FROM app_user WHERE email = $2`,
          [talk.id, email, body, shared],
        );
      }
    }
    // Every talk in review, best average first (unreviewed last), as the chair's "by score" would.
    await manager.query(
      `INSERT INTO committee_meeting (cfp_id, order_mode, submission_ids)
       SELECT $1, 'score', coalesce(array_agg(id ORDER BY mean DESC NULLS LAST, id), '{}') FROM (
         SELECT s.id, avg(r.score) AS mean FROM submission s LEFT JOIN review r ON r.submission_id = s.id
          WHERE s.cfp_id = $1 AND s.status = 'in_review' GROUP BY s.id) ranked
       ON CONFLICT (cfp_id) DO NOTHING`,
      [cfp.id],
    );
  });
}
