import type { ResourceMessages } from '../i18n/messages';

export const messages = {
  summitdesk: {
    audit: {
      sentence: '%{actor} %{verb} the %{entity}',
      system: 'Summitdesk',
      someone: 'Someone',
      moved: '%{from} → %{to}',
      became: 'now %{to}',
      set_to: '%{field}: %{to}',
      approved_of: '%{field}: %{to} of %{from} asked',
      line_of: '%{name} %{to} of %{from}',
      line_added: '%{line} (added)',
      line_removed: '%{name} (removed)',
      change: '%{field}: %{from} → %{to}',
      changes: 'Changed fields',
      note: 'Note: %{note}',
      history: 'History',
      no_history: 'No history yet.',
      history_label: 'History of this record',
      open_record: 'Open %{record}',
      filters: {
        entity: 'Record type',
        entity_id: 'Record ID',
        action: 'Action',
      },
    },
  },
  verbs: {
    create: 'created',
    update: 'updated',
    delete: 'deleted',
  },
  resources: {
    'audit-log': {
      name: 'Audit log entry |||| Audit log',
      fields: {
        id: 'ID',
        at: 'When',
        actorName: 'Who',
        entity: 'Record type',
        entityId: 'Record ID',
        action: 'Action',
        fromState: 'From',
        toState: 'To',
        changes: 'Changes',
        note: 'Note',
        what: 'What happened',
        record: 'Record',
      },
    },
  },
} satisfies ResourceMessages;
