import type { SpeakerStatus } from '@summitdesk/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('submission_speaker')
export class SubmissionSpeakerEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  submissionId: number;

  // Null until an invited co-speaker who has no account yet signs up and accepts.
  @Column({ type: 'int', nullable: true })
  userId: number | null;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Column({ type: 'text', nullable: true })
  affiliation: string | null;

  @Column({ type: 'text' })
  status: SpeakerStatus;

  @Column({ type: 'int' })
  position: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
