import type { Carrier, ShipmentDirection, ShipmentStatus, ShipTo } from '@summitdesk/contracts';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { BoothProposalEntity } from '../booth-proposals/booth-proposal.entity.js';
import { bigintNumber } from '../budgets/money.transformer.js';
import { ShipmentLineEntity } from './shipment-line.entity.js';

@Entity('shipment')
export class ShipmentEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  boothProposalId: number;

  @ManyToOne(() => BoothProposalEntity)
  @JoinColumn({ name: 'booth_proposal_id' })
  booth?: BoothProposalEntity;

  // Set on a forward: banners go straight from that booth to this one.
  @Column({ type: 'int', nullable: true })
  fromBoothProposalId: number | null;

  @Column({ type: 'text' })
  direction: ShipmentDirection;

  @Column({ type: 'text', default: 'requested' })
  status: ShipmentStatus;

  @Column({ type: 'jsonb', nullable: true })
  shipTo: ShipTo | null;

  @Column({ type: 'text', nullable: true })
  carrier: Carrier | null;

  @Column({ type: 'text', nullable: true })
  service: string | null;

  @Column({ type: 'text', nullable: true })
  trackingNumber: string | null;

  @Column({ type: 'bigint', nullable: true, transformer: bigintNumber })
  cost: number | null;

  @Column({ type: 'char', length: 3, nullable: true })
  currency: string | null;

  @Column({ type: 'bigint', nullable: true, transformer: bigintNumber })
  ledgerEntryId: number | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  // Why it was cancelled or lost.
  @Column({ type: 'text', nullable: true })
  closedReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  packedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  shippedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @OneToMany(() => ShipmentLineEntity, (line) => line.shipment)
  lines?: ShipmentLineEntity[];
}
