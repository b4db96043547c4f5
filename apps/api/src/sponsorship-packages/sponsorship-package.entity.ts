import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { bigintNumber } from '../budgets/money.transformer.js';

@Entity('sponsorship_package')
export class SponsorshipPackageEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  eventId: number;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'bigint', transformer: bigintNumber })
  price: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  benefits: string[];

  @Column({ type: 'int' })
  quantity: number;

  @Column({ type: 'timestamptz' })
  salesOpenAt: Date;

  @Column({ type: 'timestamptz' })
  salesCloseAt: Date;

  @Column({ type: 'int', nullable: true })
  boothProposalId: number | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

// The tables this feature owns, registered by its module and by the data source.
export const sponsorshipPackageEntities = [SponsorshipPackageEntity];
