import type { SameShape } from '../i18n/messages';
import type { messages as en } from './messages.en';

export const messages: SameShape<typeof en> = {
  summitdesk: {
    booth_shifts: {
      menu: 'Standdienste',
      empty: 'Noch keine Dienste – melden Sie sich für einen Stand, dann erscheint er hier.',
      volunteer: 'Für einen Dienst melden',
      day_help: 'Ein Tag der Veranstaltung',
      time_help: 'In der Zeitzone der Veranstaltung',
      actions: { confirm: 'Bestätigen', decline: 'Ablehnen', cancel: 'Dienst absagen' },
      done: { confirm: 'Dienst bestätigt', decline: 'Dienst abgelehnt', cancel: 'Dienst abgesagt' },
      mine: 'Meine Dienste',
      rota: 'Dienstplan',
      gaps: 'Noch nicht besetzt',
      no_gaps: 'Jede Öffnungsstunde ist besetzt.',
      uncovered: '%{hours} unbesetzt',
      opening: 'Geöffnet %{opens}–%{closes}',
      zone_note: 'Zeiten in %{zone}',
      booth: 'Stand',
    },
  },
  statuses: {
    'booth-shift': { offered: 'Angeboten', confirmed: 'Bestätigt', declined: 'Abgelehnt', cancelled: 'Abgesagt' },
  },
  verbs: {
    shift_offered: 'um ein Dienstangebot ergänzt',
    shift_confirmed: 'um einen bestätigten Dienst ergänzt',
    shift_declined: 'um einen abgelehnten Dienst ergänzt',
    shift_cancelled: 'um einen abgesagten Dienst ergänzt',
    decline: 'abgelehnt',
  },
  entities: {
    booth_shift: 'den Standdienst',
  },
  resources: {
    'booth-shifts': {
      name: 'Standdienst |||| Standdienste',
      fields: {
        id: 'ID',
        boothProposalId: 'Stand',
        userId: 'Freiwillige/r',
        userName: 'Freiwillige/r',
        day: 'Tag',
        startTime: 'Von',
        endTime: 'Bis',
        status: 'Status',
        note: 'Notiz',
      },
    },
  },
};
