import { AuditLogEntry } from '../audit-log/audit-log-entry.entity.js';
import { EventEntity } from '../events/event.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { BudgetEntity } from '../budgets/budget.entity.js';
import { LedgerEntryEntity } from '../budgets/ledger-entry.entity.js';
import { OutboxMessageEntity } from '../notifications/outbox-message.entity.js';
import { ContestEntity } from '../contests/contest.entity.js';
import { ContestEntryEntity } from '../contest-entries/contest-entry.entity.js';
import { VoteEntity } from '../votes/vote.entity.js';

// Every entity the API maps; each feature adds its own here.
export const entities = [
  UserEntity,
  EventEntity,
  AuditLogEntry,
  OutboxMessageEntity,
  BudgetEntity,
  LedgerEntryEntity,
  ContestEntity,
  ContestEntryEntity,
  VoteEntity,
];
