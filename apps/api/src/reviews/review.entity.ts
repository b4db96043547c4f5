import type { ReviewAnswers, ReviewStatus } from '@summitdesk/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('review')
export class ReviewEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  submissionId: number;

  @Column({ type: 'int' })
  reviewerId: number;

  @Column({ type: 'smallint' })
  score: number;

  @Column({ type: 'smallint' })
  confidence: number;

  @Column({ type: 'text', nullable: true })
  commentToSpeakers: string | null;

  @Column({ type: 'text', nullable: true })
  commentToCommittee: string | null;

  @Column({ type: 'text', default: 'submitted' })
  status: ReviewStatus;

  @Column({ type: 'smallint', default: 1 })
  round: number;

  @Column({ type: 'jsonb', default: {} })
  answers: ReviewAnswers;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
