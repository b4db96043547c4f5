import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type StripeEventOutcome = 'applied' | 'ignored' | 'repaired';

// One row per Stripe event applied, keyed by Stripe's own id: a redelivery finds its row and changes nothing.
@Entity('stripe_event')
export class StripeEventEntity {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text' })
  type: string;

  @Column({ type: 'timestamptz' })
  stripeCreatedAt: Date;

  @Column({ type: 'boolean', default: false })
  livemode: boolean;

  @Column({ type: 'int', nullable: true })
  sponsorshipId: number | null;

  @Column({ type: 'text' })
  outcome: StripeEventOutcome;

  @Column({ type: 'jsonb' })
  payload: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  receivedAt: Date;
}

// The tables this feature owns, registered by its module and by the data source.
export const stripeEntities = [StripeEventEntity];
