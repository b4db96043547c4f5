import type { SponsorLogoMediaType } from '@summitdesk/contracts';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('sponsor')
export class SponsorEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  website: string;

  @Column({ type: 'text', nullable: true })
  logoKey: string | null;

  @Column({ type: 'text', nullable: true })
  logoType: SponsorLogoMediaType | null;

  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  verifiedBy: number | null;

  @Column({ type: 'int', nullable: true })
  createdBy: number | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

// The members who act for a sponsor (buy its packages, see its sponsorships).
@Entity('sponsor_contact')
export class SponsorContactEntity {
  @PrimaryColumn({ type: 'int' })
  sponsorId: number;

  @PrimaryColumn({ type: 'int' })
  userId: number;
}

// The tables this feature owns, registered by its module and by the data source.
export const sponsorEntities = [SponsorEntity, SponsorContactEntity];
