import type { SameShape } from '../i18n/messages';
import type { messages as en } from './messages.en';

export const messages: SameShape<typeof en> = {
  summitdesk: {
    audit: {
      sentence: '%{actor} hat %{entity} %{verb}',
      system: 'Summitdesk',
      someone: 'Jemand',
      moved: '%{from} → %{to}',
      became: 'jetzt %{to}',
      set_to: '%{field}: %{to}',
      approved_of: '%{field}: %{to} von %{from} beantragt',
      line_of: '%{name} %{to} von %{from}',
      line_added: '%{line} (neu)',
      line_removed: '%{name} (entfernt)',
      change: '%{field}: %{from} → %{to}',
      changes: 'Geänderte Felder',
      note: 'Notiz: %{note}',
      history: 'Verlauf',
      no_history: 'Noch kein Verlauf.',
      history_label: 'Verlauf dieses Datensatzes',
      open_record: '%{record} öffnen',
      filters: {
        entity: 'Datensatztyp',
        entity_id: 'Datensatz-ID',
        action: 'Aktion',
      },
    },
  },
  verbs: {
    create: 'angelegt',
    update: 'geändert',
    delete: 'gelöscht',
  },
  resources: {
    'audit-log': {
      name: 'Protokolleintrag |||| Änderungsprotokoll',
      fields: {
        id: 'ID',
        at: 'Wann',
        actorName: 'Wer',
        entity: 'Datensatztyp',
        entityId: 'Datensatz-ID',
        action: 'Aktion',
        fromState: 'Von',
        toState: 'Nach',
        changes: 'Änderungen',
        note: 'Notiz',
        what: 'Was geschah',
        record: 'Datensatz',
      },
    },
  },
};
