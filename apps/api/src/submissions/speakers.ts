import type { EntityManager } from 'typeorm';
import { UserEntity } from '../users/user.entity.js';
import { SubmissionSpeakerEntity } from './submission-speaker.entity.js';
import { SubmissionEntity } from './submission.entity.js';

// Invites co-speakers by e-mail; known members are linked at once so that conflicts apply to them
// from the start. Returns the rows that are new.
export async function inviteSpeakers(manager: EntityManager, submission: SubmissionEntity, emails: string[]): Promise<SubmissionSpeakerEntity[]> {
  const existing = await manager.find(SubmissionSpeakerEntity, { where: { submissionId: submission.id }, order: { id: 'ASC' } });
  const known = new Set(existing.map((speaker) => speaker.email.toLowerCase()));
  let position = existing.reduce((max, speaker) => Math.max(max, speaker.position), 0);
  const invited: SubmissionSpeakerEntity[] = [];
  for (const email of emails) {
    const normalized = email.trim().toLowerCase();
    if (known.has(normalized)) continue;
    known.add(normalized);
    const user = await manager.getRepository(UserEntity).createQueryBuilder('u').where('lower(u.email) = :email', { email: normalized }).getOne();
    position += 1;
    invited.push(
      await manager.save(
        SubmissionSpeakerEntity,
        manager.create(SubmissionSpeakerEntity, { submissionId: submission.id, userId: user?.id ?? null, email: normalized, name: user?.name ?? null, affiliation: user?.affiliation ?? null, status: 'invited', position }),
      ),
    );
  }
  return invited;
}

// Names and affiliations beside the row, for the organizers' search.
export async function refreshSpeakerSearch(manager: EntityManager, submissionId: number): Promise<void> {
  await manager.query(
    `UPDATE submission SET speaker_search = coalesce((
       SELECT string_agg(concat_ws(' ', sp.name, sp.affiliation, sp.email), ' ' ORDER BY sp.position)
         FROM submission_speaker sp WHERE sp.submission_id = $1 AND sp.status <> 'declined'), '')
     WHERE id = $1`,
    [submissionId],
  );
}
