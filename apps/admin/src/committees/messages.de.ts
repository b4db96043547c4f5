import type { SameShape } from '../i18n/messages';
import type { messages as en } from './messages.en';

export const messages: SameShape<typeof en> = {
  summitdesk: {
    cfp_program: {
      committee: {
        menu: 'Komitees',
        seats: 'Mitglieder',
        add_seat: 'Mitglied aufnehmen',
        roles: { chair: 'Vorsitz', reviewer: 'Gutachter' },
        conflicts: 'Interessenkonflikte',
        declare: 'Konflikt erklären',
        conflict_help:
          'Eine Person oder Organisation; deren Vorträge werden Ihnen nie zugewiesen. Sobald die Begutachtung läuft, kann nur ' +
          'der Vorsitz ihn aufheben.',
        affiliation_help:
          'Vom Vorsitz gesetzt, nicht aus dem Profil: Vorträge von Vortragenden dieser Zugehörigkeit sieht das Mitglied nie.',
        conflict_locked: 'Nur der Vorsitz kann ihn jetzt aufheben',
      },
    },
  },
  entities: {
    committee: 'Komitee',
    committee_seat: 'Komiteesitz',
    conflict: 'Interessenkonflikt',
  },
  resources: {
    committees: { name: 'Komitee |||| Komitees', fields: { eventId: 'Summit', name: 'Name' } },
    'committee-seats': {
      name: 'Sitz |||| Sitze',
      fields: {
        committeeId: 'Komitee',
        userId: 'Mitglied',
        userName: 'Mitglied',
        role: 'Rolle',
        affiliation: 'Zugehörigkeit',
        trackPreferences: 'Bevorzugte Tracks',
      },
    },
    conflicts: {
      name: 'Konflikt |||| Konflikte',
      fields: {
        reviewerId: 'Gutachter',
        userId: 'Person',
        organization: 'Organisation',
        submissionTitle: 'Einreichung',
        note: 'Hinweis',
        declaredByName: 'Erklärt von',
        createdAt: 'Erklärt',
      },
    },
  },
};
