import type { LedgerKind } from '@summitdesk/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { bigintNumber } from './money.transformer.js';

// Append-only: a database trigger refuses UPDATE and DELETE on this table.
@Entity('ledger_entry')
export class LedgerEntryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'int' })
  budgetId: number;

  @Column({ type: 'text' })
  kind: LedgerKind;

  @Column({ type: 'bigint', transformer: bigintNumber })
  amount: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'int', nullable: true })
  boothProposalId: number | null;

  @Column({ type: 'int', nullable: true })
  shipmentId: number | null;

  @Column({ type: 'int', nullable: true })
  contestId: number | null;

  @Column({ type: 'int', nullable: true })
  sponsorshipId: number | null;

  // Makes a repeated append of the same money (a redelivered webhook) fail on a unique index.
  @Column({ type: 'text', nullable: true, select: false })
  dedupeKey?: string | null;

  @Column({ type: 'text' })
  memo: string;

  @Column({ type: 'int', nullable: true })
  actorId: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
