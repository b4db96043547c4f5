import type { BannerLocation } from '@summitdesk/contracts';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { BoothProposalEntity } from '../booth-proposals/booth-proposal.entity.js';

@Entity('banner')
export class BannerEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'text' })
  tag: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text' })
  condition: string;

  @Column({ type: 'text', default: 'warehouse' })
  location: BannerLocation;

  // The booth it is at, or travelling to or from; null at home.
  @Column({ type: 'int', nullable: true })
  boothProposalId: number | null;

  @ManyToOne(() => BoothProposalEntity)
  @JoinColumn({ name: 'booth_proposal_id' })
  booth?: BoothProposalEntity | null;

  // The open shipment it is on: a banner travels in one parcel at a time.
  @Column({ type: 'int', nullable: true })
  shipmentId: number | null;

  @Column({ type: 'text', nullable: true })
  lostReason: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
