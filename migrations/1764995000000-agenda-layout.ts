import type { MigrationInterface, QueryRunner } from 'typeorm';

// The agenda builder's grid per summit, kept before any talk fills it: the rooms in the chair's order
// and the time rows (each a start and end instant), owned by the agenda feature.
export class AgendaLayout1764995000000 implements MigrationInterface {
  name = 'AgendaLayout1764995000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE agenda_layout (
        event_id   int PRIMARY KEY CONSTRAINT fk_agenda_layout_event REFERENCES event (id) ON DELETE CASCADE,
        rooms      jsonb NOT NULL DEFAULT '[]' CONSTRAINT ck_agenda_layout_rooms CHECK (jsonb_typeof(rooms) = 'array'),
        time_rows  jsonb NOT NULL DEFAULT '[]' CONSTRAINT ck_agenda_layout_time_rows CHECK (jsonb_typeof(time_rows) = 'array'),
        version    int NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE agenda_layout`);
  }
}
