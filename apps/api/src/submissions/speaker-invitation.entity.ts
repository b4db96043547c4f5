import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

// One mailed, single-use link that makes whoever signs in with a verified account and follows it
// the co-speaker; the address it was sent to grants nothing by itself.
@Entity('speaker_invitation')
export class SpeakerInvitationEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  submissionId: number;

  @Column({ type: 'int' })
  speakerId: number;

  @Column({ type: 'int' })
  invitedById: number;

  @Column({ type: 'text' })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'text', nullable: true })
  answer: 'accepted' | 'declined' | null;

  @Column({ type: 'int', nullable: true })
  answeredById: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
