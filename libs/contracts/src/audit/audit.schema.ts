export type AuditEntry = {
  id: number;
  at: string;
  actorId: number | null;
  actorName: string | null;
  entity: string;
  entityId: string;
  action: string;
  fromState: string | null;
  toState: string | null;
  changes: Record<string, { from: unknown; to: unknown }> | null;
  note: string | null;
};
