import type { DataSource, EntityManager } from 'typeorm';
import { comingYear, daysFromNow } from './demo-dates.js';
import { committeeMembers, demoSubmissions, formats, talkTopics, topics, tracks, type DemoSubmission } from './seed-cfp-data.js';

const REVIEWED = new Set(['in_review', 'accepted', 'confirmed']);

// The Xen Summit's committee, its open call for papers, a dozen talks in several states with reviews,
// one declared conflict and the confirmed talk on the agenda. Keyed by natural keys (event, member,
// title), so running it again adds nothing.
export async function seedCfp(dataSource: DataSource): Promise<void> {
  const year = comingYear();
  await dataSource.transaction(async (manager) => {
    const [event] = await manager.query(`SELECT id, name FROM event WHERE slug = $1`, [`xen-summit-north-america-${year}`]);
    if (!event) return;
    await manager.query(`INSERT INTO committee (event_id, name) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
      event.id,
      `${event.name} program committee`,
    ]);
    const [committee] = await manager.query(`SELECT id FROM committee WHERE event_id = $1`, [event.id]);
    for (const member of committeeMembers) {
      await manager.query(
        `INSERT INTO committee_seat (committee_id, user_id, role, affiliation, track_preferences)
         SELECT $1, id, $2, affiliation, $3 FROM app_user WHERE email = $4 ON CONFLICT DO NOTHING`,
        [committee.id, member.role, member.tracks, member.email],
      );
    }
    // Dates relative to now, so that the call is open whenever the demo starts.
    await manager.query(
      `INSERT INTO cfp (event_id, title, description, opens_at, closes_at, time_zone, review_opens_at, review_closes_at,
        anonymous_review, reviews_per_submission, formats, tracks)
       VALUES ($1, 'Call for presentations', $2, $3, $4, 'America/Los_Angeles', $5, $6, true, 2, $7, $8) ON CONFLICT DO NOTHING`,
      [
        event.id,
        'Talks about the Xen hypervisor, the Xen Cloud Platform and everything around them. Developers, users and researchers ' +
          'are all welcome.',
        daysFromNow(-14),
        daysFromNow(21),
        daysFromNow(-10),
        daysFromNow(45),
        JSON.stringify(formats),
        tracks,
      ],
    );
    const [cfp] = await manager.query(`SELECT id FROM cfp WHERE event_id = $1`, [event.id]);
    await manager.query(
      `INSERT INTO conflict (reviewer_id, user_id, note, declared_by)
       SELECT r.id, u.id, 'We co-wrote the blktap2 paper', r.id FROM app_user r, app_user u
        WHERE r.email = 'patrick@summitdesk.test' AND u.email = 'daniel@summitdesk.test' ON CONFLICT DO NOTHING`,
    );
    for (const submission of demoSubmissions) await seedSubmission(manager, cfp.id, submission);
    // Topics came with issue 14: a database seeded before them gets them too (once; a chair's own stay).
    await manager.query(`UPDATE cfp SET topics = $2 WHERE id = $1 AND topics = '{}'`, [cfp.id, topics]);
    for (const [title, tagged] of Object.entries(talkTopics)) {
      await manager.query(`UPDATE submission SET topics = $3 WHERE cfp_id = $1 AND title = $2 AND topics = '{}'`, [cfp.id, title, tagged]);
    }
    await placeConfirmedTalk(manager, event.id, year);
  });
}

async function seedSubmission(manager: EntityManager, cfpId: number, demo: DemoSubmission) {
  const existing = await manager.query(`SELECT id FROM submission WHERE cfp_id = $1 AND title = $2`, [cfpId, demo.title]);
  if (existing.length) return;
  const decided = ['accepted', 'confirmed', 'rejected'].includes(demo.status);
  const [row] = await manager.query(
    `INSERT INTO submission (cfp_id, submitter_id, title, abstract, format, track, level, status, submitted_at, decided_at)
     SELECT $1, id, $2, $3, $4, $5, $6, $7, CASE WHEN $7 <> 'draft' THEN now() - interval '5 days' END, CASE WHEN $8 THEN now()
       - interval '1 day' END
       FROM app_user WHERE email = $9 RETURNING id`,
    [cfpId, demo.title, demo.abstract, demo.format, demo.track, demo.level, demo.status, decided, demo.speaker],
  );
  if (!row) return;
  const speakers: Array<[string, string]> = [
    [demo.speaker, 'accepted'],
    ...(demo.coSpeaker ? [[demo.coSpeaker, 'invited'] as [string, string]] : []),
  ];
  // An invited co-speaker has no account on the talk until they accept the invitation's link.
  for (const [index, [email, status]] of speakers.entries()) {
    await manager.query(
      `INSERT INTO submission_speaker (submission_id, user_id, email, name, affiliation, status, position)
       SELECT $1, CASE WHEN $2 = 'invited' THEN NULL ELSE id END, lower(email), name, affiliation, $2, $3 FROM app_user WHERE email = $4`,
      [row.id, status, index, email],
    );
  }
  await manager.query(
    `UPDATE submission SET speaker_search = (SELECT string_agg(concat_ws(' ', name, affiliation, email), ' ') FROM ` +
      `submission_speaker WHERE submission_id = $1) WHERE id = $1`,
    [row.id],
  );
  if (!REVIEWED.has(demo.status)) return;
  for (const reviewer of demo.pending ?? []) await assign(manager, row.id, reviewer);
  // Reviews come from their reviewers' assignments.
  for (const [reviewer, score, confidence, comment] of demo.reviews ?? []) {
    const assigned = await assign(manager, row.id, reviewer);
    if (!assigned.length) continue;
    await manager.query(
      `INSERT INTO review (submission_id, reviewer_id, score, confidence, comment_to_speakers, comment_to_committee) VALUES ($1, ` +
        `$2, $3, $4, $5, $6)`,
      [row.id, assigned[0].reviewer_id, score, confidence, comment, score >= 1 ? 'I would accept it.' : 'Borderline.'],
    );
  }
}

// The conflict view keeps conflicted reviewers out, as the assignment screen does.
function assign(manager: EntityManager, submissionId: number, reviewerEmail: string): Promise<Array<{ reviewer_id: number }>> {
  return manager.query(
    `INSERT INTO review_assignment (submission_id, reviewer_id, source)
     SELECT $1, u.id, 'automatic' FROM app_user u
      WHERE u.email = $2 AND NOT EXISTS (SELECT 1 FROM submission_conflict sc WHERE sc.submission_id = $1 AND sc.reviewer_id = u.id)
     RETURNING reviewer_id`,
    [submissionId, reviewerEmail],
  );
}

async function placeConfirmedTalk(manager: EntityManager, eventId: number, year: number) {
  await manager.query(
    `INSERT INTO agenda_slot (event_id, room, starts_at, ends_at, submission_id)
     SELECT $1, 'Auditorium', $2, $3, s.id FROM submission s JOIN cfp ON cfp.id = s.cfp_id
      WHERE cfp.event_id = $1 AND s.status = 'confirmed' AND NOT EXISTS (SELECT 1 FROM agenda_slot a WHERE a.submission_id = s.id)
      ORDER BY s.id LIMIT 1`,
    [eventId, `${year}-04-21T09:30:00-07:00`, `${year}-04-21T10:00:00-07:00`],
  );
  await manager.query(
    `INSERT INTO agenda_slot (event_id, room, starts_at, ends_at, title)
     SELECT $1, 'Auditorium', $2, $3, 'Welcome and introduction' WHERE NOT EXISTS (SELECT 1 FROM agenda_slot WHERE event_id = $1
       AND title = 'Welcome and introduction')`,
    [eventId, `${year}-04-21T09:00:00-07:00`, `${year}-04-21T09:30:00-07:00`],
  );
}
