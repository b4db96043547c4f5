import type { SameShape } from '../i18n/messages';
import type { messages as en } from './messages.en';

export const messages: SameShape<typeof en> = {
  summitdesk: {
    cfp_program: {
      my_talks: 'Meine Vorträge',
      talks: 'Vorträge',
      search_talks: 'Vorträge durchsuchen',
      empty_talks: 'Noch keine Vorträge — reichen Sie einen bei einem offenen Call for Papers ein.',
      propose_talk: 'Vortrag vorschlagen',
      mine: 'Meine',
      assigned_to_me: 'Mir zugewiesen',
      steps: { call: '1. Der Call', talk: '2. Ihr Vortrag', speakers: '3. Ko-Referenten' },
      abstract_help: 'Markdown: **fett**, Listen, Links. HTML wird als Text angezeigt.',
      notes_help: 'Nur das Komitee liest diese Hinweise.',
      co_speakers_help: 'E-Mail-Adressen, eine pro Zeile. Jede erhält einen einmal gültigen Link, den man angemeldet mit bestätigter Adresse annimmt.',
      after_create: 'Ihr Entwurf ist gespeichert. Drücken Sie auf der nächsten Seite „Einreichen“, wenn er fertig ist.',
      speakers: 'Referenten',
      speaker_status: { invited: 'eingeladen', accepted: 'zugesagt', declined: 'abgelehnt' },
      anonymous: 'Referenten sind verborgen: Dieser Call wird anonym begutachtet.',
      feedback: 'Kommentare der Gutachter',
      pending_decision: 'Vorgemerkte Entscheidung: %{decision}',
      no_pending: 'Keine Entscheidung vorgemerkt',
      actions: { submit: 'Einreichen', withdraw: 'Zurückziehen', confirm: 'Zusage bestätigen', decline: 'Absagen', accept_invitation: 'Einladung annehmen', decline_invitation: 'Einladung ablehnen', decide: 'Entscheidung vormerken' },
      done: {
        submit: 'An das Komitee eingereicht.',
        withdraw: 'Der Vortrag ist zurückgezogen.',
        confirm: 'Danke — der Vortrag ist bestätigt.',
        decline: 'Sie haben den Vortrag abgesagt.',
        accept_invitation: 'Sie sind jetzt Referent dieses Vortrags.',
        decline_invitation: 'Einladung abgelehnt.',
        decide: 'Entscheidung vorgemerkt; die Referenten erfahren sie mit der Freigabe.',
      },
      decisions: { accept: 'Annehmen', reject: 'Ablehnen', waitlist: 'Warteliste', none: 'Keine Entscheidung' },
      decide_dialog: { title: 'Entscheidung für „%{title}“ vormerken', content: 'Nur das Komitee sieht vorgemerkte Entscheidungen, bis Sie alle zusammen freigeben.', submit: 'Vormerken' },
      levels: { beginner: 'Einsteiger', intermediate: 'Fortgeschritten', advanced: 'Experten' },
    },
  },
  statuses: {
    submission: {
      draft: 'Entwurf',
      submitted: 'Eingereicht',
      in_review: 'In Begutachtung',
      accepted: 'Angenommen',
      rejected: 'Abgelehnt',
      waitlisted: 'Warteliste',
      confirmed: 'Bestätigt',
      declined: 'Abgesagt',
      withdrawn: 'Zurückgezogen',
    },
  },
  verbs: {
    submit: 'reichte ein:',
    withdraw: 'zog zurück:',
    start_review: 'startete die Begutachtung von',
    stage_decision: 'merkte eine Entscheidung vor für',
    accept: 'nahm an:',
    reject: 'lehnte ab:',
    waitlist: 'setzte auf die Warteliste:',
    decline: 'sagte ab:',
    accept_invitation: 'nahm die Einladung an zu',
    decline_invitation: 'lehnte die Einladung ab zu',
  },
  entities: {
    submission: 'Vortrag',
  },
  resources: {
    submissions: {
      name: 'Vortrag |||| Vorträge',
      fields: { id: 'ID', cfpId: 'Call for Papers', title: 'Titel', abstract: 'Zusammenfassung', format: 'Format', track: 'Track', level: 'Niveau', notes: 'Hinweise an das Komitee', status: 'Status', coSpeakerEmails: 'Ko-Referenten', submittedAt: 'Eingereicht', createdAt: 'Angelegt', q: 'Suche' },
    },
  },
};
