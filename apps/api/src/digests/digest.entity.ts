import type { DigestStatus } from '@summitdesk/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { DigestContent } from './digest-content.js';

@Entity('digest')
export class DigestEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'text' })
  week: string;

  @Column({ type: 'int' })
  volume: number;

  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'text', default: '' })
  intro: string;

  @Column({ type: 'text', default: 'draft' })
  status: DigestStatus;

  @Column({ type: 'jsonb' })
  content: DigestContent;

  @Column({ type: 'text', default: '' })
  html: string;

  @Column({ type: 'text', default: '' })
  text: string;

  @Column({ type: 'text', default: '' })
  htmlDe: string;

  @Column({ type: 'text', default: '' })
  textDe: string;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'int', default: 0 })
  sentCount: number;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

// Who each issue went to: one row per subscriber, unique, so that a second send finds them all taken.
@Entity('digest_delivery')
export class DigestDeliveryEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  digestId: number;

  @Column({ type: 'int' })
  subscriberId: number;

  @Column({ type: 'text' })
  language: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

export const digestEntities = [DigestEntity, DigestDeliveryEntity];
