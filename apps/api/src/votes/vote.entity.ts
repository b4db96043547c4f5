import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

// One row per (contest, voter), enforced by uq_vote_contest_voter; changing a vote updates the row.
@Entity('vote')
export class VoteEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  contestId: number;

  @Column({ type: 'int' })
  entryId: number;

  @Column({ type: 'int' })
  voterId: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
