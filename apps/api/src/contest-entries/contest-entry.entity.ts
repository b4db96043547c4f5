import type { ArtworkMediaType, ContestEntryStatus } from '@summitdesk/contracts';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ContestEntity } from '../contests/contest.entity.js';
import { UserEntity } from '../users/user.entity.js';

@Entity('contest_entry')
export class ContestEntryEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  contestId: number;

  @ManyToOne(() => ContestEntity)
  @JoinColumn({ name: 'contest_id' })
  contest?: ContestEntity;

  @Column({ type: 'int' })
  authorId: number;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  description: string;

  // The contest's licence as it read when the author accepted it.
  @Column({ type: 'text' })
  license: string;

  @Column({ type: 'timestamptz' })
  licenseAcceptedAt: Date;

  @Column({ type: 'text', default: 'pending' })
  status: ContestEntryStatus;

  @Column({ type: 'text', nullable: true })
  hiddenReason: string | null;

  @Column({ type: 'text', nullable: true })
  artworkKey: string | null;

  @Column({ type: 'text', nullable: true })
  artworkType: ArtworkMediaType | null;

  @Column({ type: 'text', nullable: true })
  thumbnailKey: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
