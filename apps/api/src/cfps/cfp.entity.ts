import type { EditableAfterCloseField, ReviewPhase } from '@summitdesk/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('cfp')
export class CfpEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  eventId: number;

  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'timestamptz' })
  opensAt: Date;

  @Column({ type: 'timestamptz' })
  closesAt: Date;

  @Column({ type: 'text' })
  timeZone: string;

  @Column({ type: 'timestamptz' })
  reviewOpensAt: Date;

  @Column({ type: 'timestamptz' })
  reviewClosesAt: Date;

  @Column({ type: 'boolean', default: true })
  anonymousReview: boolean;

  @Column({ type: 'int', default: 3 })
  reviewsPerSubmission: number;

  @Column({ type: 'jsonb' })
  formats: Array<{ name: string; minutes: number }>;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  tracks: string[];

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  topics: string[];

  @Column({ type: 'boolean', default: false })
  biddingOpen: boolean;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  editableAfterClose: EditableAfterCloseField[];

  @Column({ type: 'jsonb', default: () => `'[]'` })
  phases: ReviewPhase[];

  @Column({ type: 'timestamptz', nullable: true })
  decisionsReleasedAt: Date | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
