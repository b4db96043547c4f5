import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../common/auth-user.js';
import { forbidden } from '../common/app-error.js';
import { CommitteeSeatEntity } from './committee-seat.entity.js';
import { CommitteeEntity } from './committee.entity.js';

// Organizers and the committee's chairs manage a committee, its seats, CfP and agenda.
export async function isChairOfCommittee(manager: EntityManager, actor: AuthUser, committeeId: number): Promise<boolean> {
  if (actor.role === 'organizer') return true;
  return manager.existsBy(CommitteeSeatEntity, { committeeId, userId: actor.id, role: 'chair' });
}

async function isChairOfEvent(manager: EntityManager, actor: AuthUser, eventId: number): Promise<boolean> {
  if (actor.role === 'organizer') return true;
  const committee = await manager.findOneBy(CommitteeEntity, { eventId });
  return !!committee && isChairOfCommittee(manager, actor, committee.id);
}

export async function assertChairOfEvent(manager: EntityManager, actor: AuthUser, eventId: number): Promise<void> {
  if (!(await isChairOfEvent(manager, actor, eventId))) throw forbidden("Only organizers and the summit committee's chairs may do this");
}
