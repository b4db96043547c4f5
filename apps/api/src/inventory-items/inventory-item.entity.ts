import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

// A catalogue entry; stock on hand and reorder levels are added by the shipments feature.
@Entity('inventory_item')
export class InventoryItemEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'text' })
  sku: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  unit: string;

  // Stock, derived from stock_movement rows by a database trigger; never written from here.
  @Column({ type: 'int', default: 0, insert: false, update: false })
  onHand: number;

  @Column({ type: 'int', default: 0, insert: false, update: false })
  reserved: number;

  @Column({ type: 'int', default: 0 })
  reorderLevel: number;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
