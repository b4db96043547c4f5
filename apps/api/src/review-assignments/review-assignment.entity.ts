import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('review_assignment')
export class ReviewAssignmentEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  submissionId: number;

  @Column({ type: 'int' })
  reviewerId: number;

  @Column({ type: 'text' })
  source: 'automatic' | 'manual';

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
