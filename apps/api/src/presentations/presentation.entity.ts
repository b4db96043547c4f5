import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

// A talk's place in the library. Views and downloads are not stored here: they are counted from
// presentation_hit rows (one per visitor and day) whenever they are asked for.
@Entity('presentation')
export class PresentationEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  submissionId: number;

  @Column({ type: 'text', nullable: true })
  slidesKey: string | null;

  @Column({ type: 'int', nullable: true })
  slidesSize: number | null;

  @Column({ type: 'int', nullable: true })
  pageCount: number | null;

  @Column({ type: 'text', nullable: true })
  previewKey: string | null;

  @Column({ type: 'text', nullable: true })
  videoUrl: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  uploadedAt: Date | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
