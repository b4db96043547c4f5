import type { SeatRole } from '@summitdesk/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('committee_seat')
export class CommitteeSeatEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  committeeId: number;

  @Column({ type: 'int' })
  userId: number;

  @Column({ type: 'text' })
  role: SeatRole;

  @Column({ type: 'text', nullable: true })
  affiliation: string | null;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  trackPreferences: string[];

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
