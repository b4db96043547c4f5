import { useLocaleState, useTranslate } from 'react-admin';
import type { AuditEntry } from '@summitdesk/contracts';
import { formatInstant } from '../common/dates';
import { humanize } from '../common/text';
import { resourceForEntity } from './entities';

type AuditChange = { field: string; from: string; to: string };
export type AuditDescription = {
  sentence: string;
  when: string;
  stateChange?: string;
  changes: AuditChange[];
  note?: string;
};

// Turns an audit row into words: "Stephen Spector confirmed the event", "planned → confirmed",
// changed fields by their labels. Unknown actions, states and fields still read, humanized.
export function useDescribeAuditEntry() {
  const translate = useTranslate();
  const [locale] = useLocaleState();

  // Audit rows name the table (booth_proposal); the status labels are keyed like the resource's record (booth-proposal).
  const state = (entity: string, value: string) =>
    translate(`summitdesk.statuses.${entity.replace(/_/g, '-')}.${value}`, { _: humanize(value) });
  const value = (input: unknown): string => {
    if (input === null || input === undefined || input === '') return translate('summitdesk.common.empty_value');
    if (typeof input === 'boolean') return translate(input ? 'ra.boolean.true' : 'ra.boolean.false');
    if (typeof input === 'object') return JSON.stringify(input);
    return String(input);
  };

  return (entry: AuditEntry): AuditDescription => {
    const action = entry.action.replace(/-/g, '_');
    const sentence = translate('summitdesk.audit.sentence', {
      actor: entry.actorName ?? (entry.actorId == null ? translate('summitdesk.audit.system') : translate('summitdesk.audit.someone')),
      verb: translate(`summitdesk.audit.verbs.${action}`, { _: humanize(action).toLowerCase() }),
      entity: translate(`summitdesk.audit.entities.${entry.entity}`, { _: humanize(entry.entity).toLowerCase() }),
    });
    let stateChange: string | undefined;
    if (entry.fromState && entry.toState && entry.fromState !== entry.toState) {
      stateChange = translate('summitdesk.audit.moved', {
        from: state(entry.entity, entry.fromState),
        to: state(entry.entity, entry.toState),
      });
    } else if (entry.toState && !entry.fromState) {
      stateChange = translate('summitdesk.audit.became', { to: state(entry.entity, entry.toState) });
    }
    const resource = resourceForEntity(entry.entity);
    const changes = Object.entries(entry.changes ?? {}).map(([field, change]) => ({
      field: translate(`resources.${resource}.fields.${field}`, { _: humanize(field) }),
      from: value(change?.from),
      to: value(change?.to),
    }));
    return {
      sentence,
      when: formatInstant(entry.at, locale),
      stateChange,
      changes,
      note: entry.note ?? undefined,
    };
  };
}
