import { useLocaleState, useTranslate } from 'react-admin';
import type { AuditEntry } from '@summitdesk/contracts';
import { formatInstant } from '../common/dates';
import { humanize } from '../common/text';
import { currencyOf, describeMaterials, describeShipmentLines, formatAmount, isMoneyField } from './auditValues';
import { useAuditNames } from './AuditNamesContext';
import { resourceForEntity } from './entities';

// One changed field in words: "Approved fee: $400.00 of $500.00", "Materials: Xen stickers 150 of 200".
type AuditChange = { field: string; text: string };

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
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
  const names = useAuditNames();

  // Audit rows name the table (booth_proposal); the status labels are keyed like the resource's record (booth-proposal).
  const state = (entity: string, value: string) =>
    translate(`summitdesk.statuses.${entity.replace(/_/g, '-')}.${value}`, { _: humanize(value) });
  const value = (input: unknown): string => {
    if (input === null || input === undefined || input === '') return translate('summitdesk.common.empty_value');
    if (typeof input === 'boolean') return translate(input ? 'ra.boolean.true' : 'ra.boolean.false');
    if (typeof input === 'string' && isoInstant.test(input)) return formatInstant(input, locale);
    if (Array.isArray(input)) return input.map((part) => value(part)).join(', ');
    if (typeof input === 'object') return JSON.stringify(input);
    return String(input);
  };
  const lineWords = {
    itemName: names.itemName,
    bannerTag: names.bannerTag,
    of: (values: { name: string; to: number; from: number }) => translate('summitdesk.audit.line_of', values),
    added: (values: { line: string }) => translate('summitdesk.audit.line_added', values),
    removed: (values: { name: string }) => translate('summitdesk.audit.line_removed', values),
  };
  const describeChange = (
    entity: string,
    field: string,
    label: string,
    change: { from: unknown; to: unknown },
    all: Record<string, { from: unknown; to: unknown }>,
  ): string => {
    if (isMoneyField(field)) {
      const from = formatAmount(change.from, currencyOf(field, 'from', all, names.record), locale);
      const to = formatAmount(change.to, currencyOf(field, 'to', all, names.record), locale);
      if (to && from && field === 'feeApproved') return translate('summitdesk.audit.approved_of', { field: label, to, from });
      if (to && !from) return translate('summitdesk.audit.set_to', { field: label, to });
      if (to || from)
        return translate('summitdesk.audit.change', { field: label, from: from ?? value(change.from), to: to ?? value(change.to) });
    }
    if (field === 'materials') {
      const lines = describeMaterials(change.from, change.to, lineWords);
      if (lines !== undefined) return translate('summitdesk.audit.set_to', { field: label, to: lines || value(null) });
    }
    if (field === 'lines') {
      const to = describeShipmentLines(change.to, lineWords);
      const from = describeShipmentLines(change.from, lineWords);
      if (to !== undefined && from === undefined && change.from == null) return translate('summitdesk.audit.set_to', { field: label, to });
      if (to !== undefined && from !== undefined) return translate('summitdesk.audit.change', { field: label, from, to });
    }
    if (field === 'status' && typeof change.to === 'string') {
      return translate('summitdesk.audit.change', {
        field: label,
        from: typeof change.from === 'string' ? state(entity, change.from) : value(change.from),
        to: state(entity, change.to),
      });
    }
    if (change.from == null && change.to != null) return translate('summitdesk.audit.set_to', { field: label, to: value(change.to) });
    return translate('summitdesk.audit.change', { field: label, from: value(change.from), to: value(change.to) });
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
    const all = entry.changes ?? {};
    const changes = Object.entries(all)
      // The currency is read with its amounts; on its own it would only repeat them.
      .filter(([field]) => !(field === 'currency' && Object.keys(all).some(isMoneyField)))
      .map(([field, change]) => ({
        field,
        text: describeChange(
          entry.entity,
          field,
          translate(`resources.${resource}.fields.${field}`, { _: humanize(field) }),
          change ?? { from: null, to: null },
          all,
        ),
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
