import type { ReviewField } from '@summitdesk/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

// A CfP's review form; a CfP without a row has the built-in fields only and no response window.
@Entity('review_form')
export class ReviewFormEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  cfpId: number;

  @Column({ type: 'jsonb', default: [] })
  fields: ReviewField[];

  @Column({ type: 'timestamptz', nullable: true })
  responseOpensAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  responseClosesAt: Date | null;

  @Column({ type: 'int', nullable: true })
  responseWordLimit: number | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

// A submission's current review round (no row: round 1).
@Entity('review_round')
export class ReviewRoundEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  submissionId: number;

  @Column({ type: 'smallint', default: 1 })
  round: number;

  @Column({ type: 'int', default: 1 })
  version: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

// The speakers' one answer to a submission's reviews.
@Entity('author_response')
export class AuthorResponseEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  submissionId: number;

  @Column({ type: 'int' })
  authorId: number;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'int' })
  wordCount: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
