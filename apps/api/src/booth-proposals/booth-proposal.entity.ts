import type { BannerChoice, BoothProposalStatus, CreateEvent, OpeningHours, ShippingAddress } from '@summitdesk/contracts';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { bigintNumber } from '../budgets/money.transformer.js';
import { EventEntity } from '../events/event.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { BoothProposalMaterialEntity } from './booth-proposal-material.entity.js';
import { BoothProposalPhotoEntity } from './booth-proposal-photo.entity.js';

@Entity('booth_proposal')
export class BoothProposalEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', nullable: true })
  eventId: number | null;

  @ManyToOne(() => EventEntity)
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity | null;

  // The event the member described, until approval creates it.
  @Column({ type: 'jsonb', nullable: true })
  newEvent: CreateEvent | null;

  @Column({ type: 'int' })
  proposerId: number;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'proposer_id' })
  proposer?: UserEntity;

  // The organizer who took the proposal into review, and whom its reminders go to.
  @Column({ type: 'int', nullable: true })
  reviewerId: number | null;

  @Column({ type: 'text', default: 'draft' })
  status: BoothProposalStatus;

  @Column({ type: 'text' })
  pitch: string;

  @Column({ type: 'int', nullable: true })
  expectedAttendance: number | null;

  @Column({ type: 'text', nullable: true })
  staffingPlan: string | null;

  @Column({ type: 'bigint', default: 0, transformer: bigintNumber })
  feeRequested: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'bigint', nullable: true, transformer: bigintNumber })
  feeApproved: number | null;

  @Column({ type: 'char', length: 3, nullable: true })
  approvedCurrency: string | null;

  // numeric comes back as a string, which keeps the recorded rate exact.
  @Column({ type: 'numeric', precision: 20, scale: 10, nullable: true })
  exchangeRate: string | null;

  @Column({ type: 'int', nullable: true })
  budgetId: number | null;

  @Column({ type: 'text', nullable: true })
  overBudgetReason: string | null;

  @Column({ type: 'text', default: 'none' })
  banner: BannerChoice;

  @Column({ type: 'int', nullable: true })
  bannerId: number | null;

  @Column({ type: 'boolean', nullable: true })
  bannerApproved: boolean | null;

  @Column({ type: 'jsonb', nullable: true })
  shippingAddress: ShippingAddress | null;

  @Column({ type: 'date', nullable: true })
  neededBy: string | null;

  @Column({ type: 'date', nullable: true })
  receivingFrom: string | null;

  @Column({ type: 'date', nullable: true })
  receivingTo: string | null;

  @Column({ type: 'jsonb', nullable: true })
  openingHours: OpeningHours[] | null;

  // The organizer's last word to the proposer (changes asked, reason for rejecting or cancelling).
  @Column({ type: 'text', nullable: true })
  reviewNote: string | null;

  @Column({ type: 'int', nullable: true })
  reportVisitors: number | null;

  @Column({ type: 'int', nullable: true })
  reportLeads: number | null;

  @Column({ type: 'bigint', nullable: true, transformer: bigintNumber })
  reportActualSpend: number | null;

  @Column({ type: 'char', length: 3, nullable: true })
  reportCurrency: string | null;

  @Column({ type: 'text', nullable: true })
  reportLessons: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  reportedAt: Date | null;

  // When the proposal entered its current state: what stalled reminders count from.
  @Column({ type: 'timestamptz', default: () => 'now()' })
  statusChangedAt: Date;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @OneToMany(() => BoothProposalMaterialEntity, (line) => line.proposal)
  materials?: BoothProposalMaterialEntity[];

  @OneToMany(() => BoothProposalPhotoEntity, (photo) => photo.proposal)
  photos?: BoothProposalPhotoEntity[];
}
