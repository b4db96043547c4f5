import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

// Append-only: rows are inserted in the same transaction as the change they describe, never updated.
@Entity('audit_log')
export class AuditLogEntry {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ type: 'int', nullable: true })
  actorId: number | null;

  // The name as it was when they acted, so history reads the same after a rename or deletion.
  @Column({ type: 'text', nullable: true })
  actorName: string | null;

  @Column({ type: 'text' })
  entity: string;

  @Column({ type: 'text' })
  entityId: string;

  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text', nullable: true })
  fromState: string | null;

  @Column({ type: 'text', nullable: true })
  toState: string | null;

  @Column({ type: 'jsonb', nullable: true })
  changes: Record<string, { from: unknown; to: unknown }> | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
