import type { NewsLanguage, SubscriptionTopic } from '@summitdesk/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

// One row per address: a member's own settings (userId set) or an address subscribed from the
// public page, which counts only once its owner followed the confirmation link.
@Entity('subscriber')
export class SubscriberEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'int', nullable: true })
  userId: number | null;

  @Column({ type: 'text', default: 'en' })
  language: NewsLanguage;

  @Column({ type: 'boolean', default: true })
  digest: boolean;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  topics: SubscriptionTopic[];

  @Column({ type: 'char', length: 2, nullable: true })
  country: string | null;

  @Column({ type: 'boolean', default: false })
  creditConsent: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Column({ type: 'text', nullable: true, select: false })
  confirmTokenHash: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  confirmSentAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  unsubscribedAt: Date | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
