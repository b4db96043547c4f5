import type { DataSource } from 'typeorm';
import { comingYear, daysFromNow } from '../database/seed/demo-dates.js';

const BORDERLINE = 'Xen on ARM: bringing the hypervisor to phones';

// The Xen Summit's review form (one extra scored field, one text field the speakers read), an open
// author-response window, the borderline ARM talk in round 2 and its speakers' response. Keyed by
// natural keys, so running it again adds nothing.
export async function seedReviewForms(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const [cfp] = await manager.query(`SELECT cfp.id FROM cfp JOIN event ON event.id = cfp.event_id WHERE event.slug = $1`, [
      `xen-summit-north-america-${comingYear()}`,
    ]);
    if (!cfp) return;
    const fields = [
      {
        key: 'relevance',
        kind: 'score',
        name: 'Relevance to Xen users',
        description: 'How much someone running Xen today takes home: 1 nothing, 5 a lot.',
        min: 1,
        max: 5,
      },
      {
        key: 'advice',
        kind: 'text',
        name: 'Advice to the speakers',
        description: 'What would make the talk better; the speakers read this.',
        visibility: 'speakers',
      },
    ];
    await manager.query(
      `INSERT INTO review_form (cfp_id, fields, response_opens_at, response_closes_at, response_word_limit)
       VALUES ($1, $2, $3, $4, 300) ON CONFLICT (cfp_id) DO NOTHING`,
      [cfp.id, JSON.stringify(fields), daysFromNow(-2), daysFromNow(10)],
    );
    const [talk] = await manager.query(`SELECT id FROM submission WHERE cfp_id = $1 AND title = $2`, [cfp.id, BORDERLINE]);
    if (!talk) return;
    await manager.query(
      `UPDATE review SET answers = jsonb_build_object('relevance', 3, 'advice', 'A live demo on a board would settle the doubts.')
        WHERE submission_id = $1 AND answers = '{}'::jsonb`,
      [talk.id],
    );
    await manager.query(`INSERT INTO review_round (submission_id, round) VALUES ($1, 2) ON CONFLICT (submission_id) DO NOTHING`, [talk.id]);
    await manager.query(
      `INSERT INTO author_response (submission_id, author_id, body, word_count)
       SELECT $1, u.id, $2, $3 FROM app_user u WHERE u.email = 'heechul@summitdesk.test' ON CONFLICT (submission_id) DO NOTHING`,
      [
        talk.id,
        'Thank you. This year is new work: the Cortex-A15 port with hardware virtualisation, not last year’s para-virtualised ' +
          'Cortex-A9. We will bring a board and run the demo live.',
        28,
      ],
    );
  });
}
