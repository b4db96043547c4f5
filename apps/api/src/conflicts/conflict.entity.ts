import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('conflict')
export class ConflictEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  reviewerId: number;

  @Column({ type: 'int', nullable: true })
  userId: number | null;

  @Column({ type: 'text', nullable: true })
  organization: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
