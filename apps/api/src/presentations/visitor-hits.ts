import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

export type HitKind = 'view' | 'download';
// What identifies a visitor for one day: their address and browser as the request shows them. Neither
// is stored; only a hash salted with the day's secret salt is.
export type Visitor = { ip: string; userAgent: string };

// Counts a view or download once per visitor per day without keeping personal data: the hash of
// (day's salt, address, browser) is stored with the day, the salt lives in the database (so every
// replica agrees) and is replaced each day, and old salts are deleted, so a stored hash can no longer
// be linked to an address once its day is over. The unique constraint on (presentation, kind, day,
// hash) makes a repeat the same day count once, even when requests race.
@Injectable()
export class VisitorHits {
  constructor(private readonly dataSource: DataSource) {}

  async count(presentationId: number, kind: HitKind, visitor: Visitor, now = new Date()): Promise<void> {
    const day = now.toISOString().slice(0, 10);
    const salt = await this.saltOf(day);
    const hash = createHash('sha256')
      .update(salt)
      .update(`\n${visitor.ip}\n${visitor.userAgent.slice(0, 500)}`)
      .digest('base64url');
    await this.dataSource.query(
      `INSERT INTO presentation_hit (presentation_id, kind, day, visitor_hash) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
      [presentationId, kind, day, hash],
    );
  }

  private async saltOf(day: string): Promise<Buffer> {
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO presentation_salt (day, salt) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING day`,
      [day, randomBytes(32)],
    );
    // The first visit of a day rotates the salt: earlier days' salts go.
    if (inserted.length) await this.dataSource.query(`DELETE FROM presentation_salt WHERE day < $1`, [day]);
    const [row]: Array<{ salt: Buffer }> = await this.dataSource.query(`SELECT salt FROM presentation_salt WHERE day = $1`, [day]);
    return row.salt;
  }
}
