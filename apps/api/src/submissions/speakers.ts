import type { EntityManager } from 'typeorm';
import { SubmissionSpeakerEntity } from './submission-speaker.entity.js';
import type { SubmissionEntity } from './submission.entity.js';

// Adds the invited co-speakers as rows without an account: the address only says where the
// invitation goes, and an account is linked when someone accepts it by its link. Returns the rows
// to (re)send an invitation to: new ones, and the still-invited ones named again.
export async function inviteSpeakers(
  manager: EntityManager,
  submission: SubmissionEntity,
  emails: string[],
): Promise<SubmissionSpeakerEntity[]> {
  const existing = await manager.find(SubmissionSpeakerEntity, { where: { submissionId: submission.id }, order: { id: 'ASC' } });
  const byEmail = new Map(existing.map((speaker) => [speaker.email.toLowerCase(), speaker]));
  let position = existing.reduce((max, speaker) => Math.max(max, speaker.position), 0);
  const invited: SubmissionSpeakerEntity[] = [];
  for (const email of emails) {
    const normalized = email.trim().toLowerCase();
    const known = byEmail.get(normalized);
    if (known) {
      if (known.status === 'invited' && !invited.includes(known)) invited.push(known);
      continue;
    }
    position += 1;
    const row = await manager.save(
      SubmissionSpeakerEntity,
      manager.create(SubmissionSpeakerEntity, {
        submissionId: submission.id,
        userId: null,
        email: normalized,
        name: null,
        affiliation: null,
        status: 'invited',
        position,
      }),
    );
    byEmail.set(normalized, row);
    invited.push(row);
  }
  return invited;
}
