import type { BoothShiftStatus } from '@summitdesk/contracts';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { BoothProposalEntity } from '../booth-proposals/booth-proposal.entity.js';
import { UserEntity } from '../users/user.entity.js';

// A member's offer to staff a booth on one day, in the event's own time zone.
@Entity('booth_shift')
export class BoothShiftEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  boothProposalId: number;

  @ManyToOne(() => BoothProposalEntity)
  @JoinColumn({ name: 'booth_proposal_id' })
  proposal?: BoothProposalEntity;

  @Column({ type: 'int' })
  userId: number;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'date' })
  day: string;

  // `time` columns come back as 'HH:MM:SS'; the wire uses 'HH:MM'.
  @Column({ type: 'time' })
  startTime: string;

  @Column({ type: 'time' })
  endTime: string;

  @Column({ type: 'text', default: 'offered' })
  status: BoothShiftStatus;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
