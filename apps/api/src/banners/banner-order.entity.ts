import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { bigintNumber } from '../budgets/money.transformer.js';

// A banner bought for a booth (`order_new`): an expense when ordered, an asset once it arrives.
@Entity('banner_order')
export class BannerOrderEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  boothProposalId: number;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'bigint', transformer: bigintNumber })
  cost: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'text', nullable: true })
  supplier: string | null;

  @Column({ type: 'bigint', transformer: bigintNumber })
  ledgerEntryId: number;

  @Column({ type: 'int', nullable: true })
  bannerId: number | null;

  @Column({ type: 'int', nullable: true })
  actorId: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  receivedAt: Date | null;
}
