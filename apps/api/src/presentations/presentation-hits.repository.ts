import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

// The library's visitor counting SQL (presentation_hit, presentation_salt).
@Injectable()
export class PresentationHitsRepository {
  // A repeat of the same (presentation, kind, day, hash) changes nothing.
  async insertHit(manager: EntityManager, presentationId: number, kind: string, day: string, hash: string): Promise<void> {
    await manager.query(
      `INSERT INTO presentation_hit (presentation_id, kind, day, visitor_hash) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
      [presentationId, kind, day, hash],
    );
  }

  // True when this call stored the day's salt (the day's first visit).
  async insertSalt(manager: EntityManager, day: string, salt: Buffer): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO presentation_salt (day, salt) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING day`,
      [day, salt],
    );
    return inserted.length > 0;
  }

  async deleteSaltsBefore(manager: EntityManager, day: string): Promise<void> {
    await manager.query(`DELETE FROM presentation_salt WHERE day < $1`, [day]);
  }

  async salt(manager: EntityManager, day: string): Promise<Buffer> {
    const [row]: Array<{ salt: Buffer }> = await manager.query(`SELECT salt FROM presentation_salt WHERE day = $1`, [day]);
    return row.salt;
  }
}
