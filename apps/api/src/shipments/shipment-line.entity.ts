import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { BannerEntity } from '../banners/banner.entity.js';
import { InventoryItemEntity } from '../inventory-items/inventory-item.entity.js';
import type { ShipmentEntity } from './shipment.entity.js';

// Either catalogue items × quantity, or one banner with its condition at packing.
@Entity('shipment_line')
export class ShipmentLineEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  shipmentId: number;

  @ManyToOne('ShipmentEntity', (shipment: ShipmentEntity) => shipment.lines, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'shipment_id' })
  shipment?: ShipmentEntity;

  @Column({ type: 'int', nullable: true })
  itemId: number | null;

  @ManyToOne(() => InventoryItemEntity)
  @JoinColumn({ name: 'item_id' })
  item?: InventoryItemEntity | null;

  @Column({ type: 'int', nullable: true })
  quantity: number | null;

  @Column({ type: 'int', nullable: true })
  bannerId: number | null;

  @ManyToOne(() => BannerEntity)
  @JoinColumn({ name: 'banner_id' })
  banner?: BannerEntity | null;

  @Column({ type: 'text', nullable: true })
  condition: string | null;
}
