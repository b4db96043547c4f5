import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('conflict')
export class ConflictEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  reviewerId: number;

  @Column({ type: 'int', nullable: true })
  userId: number | null;

  @Column({ type: 'text', nullable: true })
  organization: string | null;

  // A conflict with one submission (a "conflict" bid), without naming its speakers.
  @Column({ type: 'int', nullable: true })
  submissionId: number | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  // The reviewer themself, a chair or an organizer; null once that account is gone.
  @Column({ type: 'int', nullable: true })
  declaredBy: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
