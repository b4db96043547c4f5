import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { Transactions } from '../common/transactions.js';
import { PresentationHitsRepository } from './presentation-hits.repository.js';

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
  constructor(
    private readonly transactions: Transactions,
    private readonly repository: PresentationHitsRepository,
  ) {}

  async count(presentationId: number, kind: HitKind, visitor: Visitor, now = new Date()): Promise<void> {
    const day = now.toISOString().slice(0, 10);
    const salt = await this.saltOf(day);
    const hash = createHash('sha256')
      .update(salt)
      .update(`\n${visitor.ip}\n${visitor.userAgent.slice(0, 500)}`)
      .digest('base64url');
    await this.repository.insertHit(this.transactions.reader, presentationId, kind, day, hash);
  }

  private async saltOf(day: string): Promise<Buffer> {
    const manager = this.transactions.reader;
    const inserted = await this.repository.insertSalt(manager, day, randomBytes(32));
    // The first visit of a day rotates the salt: earlier days' salts go.
    if (inserted) await this.repository.deleteSaltsBefore(manager, day);
    return this.repository.salt(manager, day);
  }
}
