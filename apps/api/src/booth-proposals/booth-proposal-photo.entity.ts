import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { BoothProposalEntity } from './booth-proposal.entity.js';

// A photo for the post-event report; the bytes live in file storage under `storageKey`.
@Entity('booth_proposal_photo')
export class BoothProposalPhotoEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  boothProposalId: number;

  @Column({ type: 'text' })
  storageKey: string;

  @Column({ type: 'text' })
  mediaType: string;

  @Column({ type: 'int' })
  sizeBytes: number;

  @Column({ type: 'int', nullable: true })
  uploadedBy: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne('BoothProposalEntity', (proposal: BoothProposalEntity) => proposal.photos, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'booth_proposal_id' })
  proposal?: BoothProposalEntity;
}
