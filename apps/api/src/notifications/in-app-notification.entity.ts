import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

// One line under the bell: what happened to one of the member's things.
@Entity('in_app_notification')
export class InAppNotificationEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'int' })
  userId: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  linkResource: string | null;

  @Column({ type: 'int', nullable: true })
  linkId: number | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
