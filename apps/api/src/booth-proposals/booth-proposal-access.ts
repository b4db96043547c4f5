import { ApprovedBoothProposalStatuses, type BoothProposalActor } from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import { notFound, staleVersion } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { lockForUpdate } from '../common/record-lock.js';
import { BoothProposalEntity } from './booth-proposal.entity.js';
import type { Viewer } from './booth-proposal.presenter.js';

// A member sees their own proposals and the approved ones of others (to volunteer); organizers all.
export function isVisibleTo(proposal: Pick<BoothProposalEntity, 'proposerId' | 'status'>, viewer: Viewer): boolean {
  return viewer.role === 'organizer' || proposal.proposerId === viewer.id || ApprovedBoothProposalStatuses.includes(proposal.status);
}

// The hats the caller wears for this proposal, for the state machine.
export function actorsFor(proposal: Pick<BoothProposalEntity, 'proposerId'>, user: AuthUser): BoothProposalActor[] {
  const actors: BoothProposalActor[] = [];
  if (proposal.proposerId === user.id) actors.push('proposer');
  if (user.role === 'organizer') actors.push('organizer');
  return actors;
}

// Locks the row for the transaction; a proposal the caller may not see is absent (404), and only then
// is the version compared, so that a stale version never reveals a hidden record.
export async function lockVisibleProposal(
  manager: EntityManager,
  id: number,
  viewer: Viewer,
  version?: number,
): Promise<BoothProposalEntity> {
  const proposal = await lockForUpdate(manager, BoothProposalEntity, id, 'Booth proposal');
  if (!isVisibleTo(proposal, viewer)) throw notFound('Booth proposal');
  if (version !== undefined && version !== proposal.version) throw staleVersion('Booth proposal');
  return proposal;
}

export async function loadFullProposal(manager: EntityManager, id: number): Promise<BoothProposalEntity | null> {
  return manager.findOne(BoothProposalEntity, { where: { id }, relations: { event: true, proposer: true, materials: true, photos: true } });
}
