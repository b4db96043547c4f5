import type { AnnouncementStatus } from '@summitdesk/contracts';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity.js';

@Entity('announcement')
export class AnnouncementEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'text' })
  title: string;

  // Markdown as the author wrote it; rendered (and sanitised) when presented.
  @Column({ type: 'text', default: '' })
  body: string;

  @Column({ type: 'int', nullable: true })
  eventId: number | null;

  @Column({ type: 'int', nullable: true })
  cfpId: number | null;

  @Column({ type: 'int', nullable: true })
  contestId: number | null;

  @Column({ type: 'int', nullable: true })
  boothProposalId: number | null;

  @Column({ type: 'text', default: 'draft' })
  status: AnnouncementStatus;

  @Column({ type: 'timestamptz', nullable: true })
  publishAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'boolean', default: false })
  pinned: boolean;

  @Column({ type: 'int', nullable: true })
  authorId: number | null;

  @ManyToOne(() => UserEntity, { nullable: true })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity | null;

  @Column({ type: 'text', nullable: true })
  suggestionKey: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
