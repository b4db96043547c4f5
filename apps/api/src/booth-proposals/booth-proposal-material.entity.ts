import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { BoothProposalEntity } from './booth-proposal.entity.js';

// One asked-for catalogue item on a proposal, with what the organizer approved of it.
@Entity('booth_proposal_material')
export class BoothProposalMaterialEntity {
  @PrimaryColumn({ type: 'int' })
  boothProposalId: number;

  @PrimaryColumn({ type: 'int' })
  itemId: number;

  @Column({ type: 'int' })
  quantity: number;

  @Column({ type: 'int', nullable: true })
  quantityApproved: number | null;

  @ManyToOne('BoothProposalEntity', (proposal: BoothProposalEntity) => proposal.materials, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'booth_proposal_id' })
  proposal?: BoothProposalEntity;
}
