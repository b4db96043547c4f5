import type { SubmissionDecision, SubmissionLevel, SubmissionStatus } from '@summitdesk/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('submission')
export class SubmissionEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  cfpId: number;

  @Column({ type: 'int' })
  submitterId: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  abstract: string;

  @Column({ type: 'text' })
  format: string;

  @Column({ type: 'text', nullable: true })
  track: string | null;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  topics: string[];

  @Column({ type: 'text', nullable: true })
  level: SubmissionLevel | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'text', default: 'draft' })
  status: SubmissionStatus;

  @Column({ type: 'text', nullable: true })
  pendingDecision: SubmissionDecision | null;

  @Column({ type: 'text', default: '' })
  speakerSearch: string;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
