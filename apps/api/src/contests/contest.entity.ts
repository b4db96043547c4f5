import type { ContestStage } from '@summitdesk/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { bigintNumber } from '../budgets/money.transformer.js';

@Entity('contest')
export class ContestEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  rules: string;

  // Minor units of `currency` (10000 = $100.00).
  @Column({ type: 'bigint', transformer: bigintNumber })
  prize: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'text' })
  license: string;

  @Column({ type: 'text', default: 'UTC' })
  timeZone: string;

  @Column({ type: 'timestamptz' })
  entriesOpenAt: Date;

  @Column({ type: 'timestamptz' })
  entriesCloseAt: Date;

  @Column({ type: 'timestamptz' })
  votingOpensAt: Date;

  @Column({ type: 'timestamptz' })
  votingClosesAt: Date;

  @Column({ type: 'text', default: 'draft' })
  stage: ContestStage;

  @Column({ type: 'int', nullable: true })
  winnerEntryId: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  awardedAt: Date | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
