import type { EntityManager } from 'typeorm';

export type OutboundProgress = { waiting: number; left: number };

// How far a booth's outbound parcels have got, which moves the booth to `shipped`. Parcels are the
// shipments feature's, and that feature depends on this one, so this is only the question: the
// shipments' answer is provided in its place (see AppModule), and this feature never imports them.
export abstract class BoothOutboundProgress {
  abstract of(manager: EntityManager, boothProposalId: number): Promise<OutboundProgress>;
}
