import { Column, Entity, PrimaryColumn } from 'typeorm';

// A member's choice for one optional kind of mail; a kind without a row follows its default.
@Entity('mail_preference')
export class MailPreferenceEntity {
  @PrimaryColumn({ type: 'int' })
  userId: number;

  @PrimaryColumn({ type: 'text' })
  kind: string;

  @Column({ type: 'boolean' })
  enabled: boolean;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
