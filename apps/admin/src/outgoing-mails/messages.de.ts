import type { SameShape } from '../i18n/messages';
import type { messages as en } from './messages.en';

export const messages: SameShape<typeof en> = {
  summitdesk: {
    outgoing_mails: {
      retry: 'Erneut senden',
      retried: 'Die Mail ist wieder in der Warteschlange',
      actions: 'Aktionen',
      search: 'Empfänger:in',
      statuses: { pending: 'Wartend', sending: 'Wird gesendet', sent: 'Gesendet', failed: 'Fehlgeschlagen', skipped: 'Übersprungen' },
      kinds: {
        email_verification: 'Adressbestätigung',
        speaker_invitation: 'Einladung als Ko-Referent:in',
        subscription_confirmation: 'Abonnement-Bestätigung',
        submission_decision: 'Entscheidung über einen Vortrag',
        sponsorship_paid: 'Sponsoring bezahlt',
        sponsorship_refunded: 'Sponsoring erstattet',
        contest_entry_hidden: 'Wettbewerbsbeitrag ausgeblendet',
        contest_won: 'Wettbewerb gewonnen',
        booth_proposal_step: 'Schritt im Standantrag',
        booth_proposal_reminder: 'Standantrag wartet',
        booth_report_reminder: 'Standbericht fehlt',
        booth_shift_offered: 'Standschicht angeboten',
        booth_shift_decided: 'Standschicht entschieden',
        shipment_shipped: 'Paket verschickt',
        shipment_warning: 'Versandwarnung',
        review_assigned: 'Gutachten zugewiesen',
        conflict_declared: 'Interessenkonflikt erklärt',
        contest_voting_opened: 'Abstimmung begonnen',
        contest_voting_closed: 'Abstimmung beendet',
        digest: 'Wöchentlicher Rundbrief',
        announcement: 'Ankündigung',
        other: 'Sonstige',
      },
    },
    mail_settings: {
      menu: 'Mail-Einstellungen',
      title: 'Mail-Einstellungen',
      language: 'Sprache meiner Mails',
      optional: 'Mails, die ich erhalte',
      optional_help: 'Schalten Sie ab, was Sie nicht möchten; es erscheint weiter unter der Glocke.',
      required: 'Immer gesendet (Kontosicherheit, Einladungen, Belege und Entscheidungen über Ihre eigenen Vorträge und Beiträge):',
      saved: 'Mail-Einstellungen gespeichert',
      languages: { en: 'English', de: 'Deutsch' },
    },
  },
  verbs: { retry: 'erneut gesendet' },
  entities: { outbox_message: 'ausgehende Mail' },
  resources: {
    'outgoing-mails': {
      name: 'Ausgehende Mail |||| Ausgehende Mails',
      fields: {
        createdAt: 'Eingereiht am',
        status: 'Status',
        toEmail: 'Empfänger:in',
        kind: 'Art',
        subject: 'Betreff',
        attempts: 'Versuche',
        lastError: 'Letzter Fehler',
      },
    },
  },
};
