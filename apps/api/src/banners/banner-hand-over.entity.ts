import type { BannerLocation } from '@summitdesk/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

// One link in a banner's chain of custody; rows are only ever added.
@Entity('banner_hand_over')
export class BannerHandOverEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'int' })
  bannerId: number;

  @Column({ type: 'text', nullable: true })
  fromLocation: BannerLocation | null;

  @Column({ type: 'text' })
  toLocation: BannerLocation;

  @Column({ type: 'text' })
  holder: string;

  @Column({ type: 'text', nullable: true })
  condition: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'int', nullable: true })
  shipmentId: number | null;

  @Column({ type: 'int', nullable: true })
  boothProposalId: number | null;

  @Column({ type: 'int', nullable: true })
  actorId: number | null;

  @Column({ type: 'text', nullable: true })
  actorName: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
