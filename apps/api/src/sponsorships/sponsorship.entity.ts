import type { SponsorshipPaymentMethod, SponsorshipStatus } from '@summitdesk/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { bigintNumber } from '../budgets/money.transformer.js';

@Entity('sponsorship')
export class SponsorshipEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  packageId: number;

  // Copied from the package and checked by a composite foreign key, so lists filter by event cheaply.
  @Column({ type: 'int' })
  eventId: number;

  @Column({ type: 'int' })
  sponsorId: number;

  @Column({ type: 'text', default: 'pending' })
  status: SponsorshipStatus;

  @Column({ type: 'text' })
  paymentMethod: SponsorshipPaymentMethod;

  @Column({ type: 'bigint', transformer: bigintNumber })
  amount: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'bigint', default: 0, transformer: bigintNumber })
  amountRefunded: number;

  // Refunds asked of Stripe whose webhook has not come back yet.
  @Column({ type: 'bigint', default: 0, transformer: bigintNumber })
  refundPending: number;

  // The Stripe idempotency key of this attempt's checkout.
  @Column({ type: 'uuid' })
  checkoutKey: string;

  @Column({ type: 'text', nullable: true })
  checkoutUrl: string | null;

  @Column({ type: 'text', nullable: true })
  stripeCheckoutSessionId: string | null;

  @Column({ type: 'text', nullable: true })
  stripePaymentIntentId: string | null;

  @Column({ type: 'text', nullable: true })
  paymentReference: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  holdExpiresAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  paidAt: Date | null;

  @Column({ type: 'int', nullable: true })
  createdBy: number | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

// The tables this feature owns, registered by its module and by the data source.
export const sponsorshipEntities = [SponsorshipEntity];
