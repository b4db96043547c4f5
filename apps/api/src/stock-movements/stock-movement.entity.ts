import type { StockMovementKind } from '@summitdesk/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

// Append-only: a database trigger applies each row to its item's counters and refuses changes.
@Entity('stock_movement')
export class StockMovementEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'int' })
  itemId: number;

  @Column({ type: 'text' })
  kind: StockMovementKind;

  @Column({ type: 'int' })
  quantity: number;

  @Column({ type: 'int' })
  onHandDelta: number;

  @Column({ type: 'int' })
  reservedDelta: number;

  @Column({ type: 'int', nullable: true })
  shipmentId: number | null;

  @Column({ type: 'int', nullable: true })
  actorId: number | null;

  @Column({ type: 'text', nullable: true })
  actorName: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
