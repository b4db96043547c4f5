import type { SameShape } from '../i18n/messages';
import type { messages as en } from './messages.en';

export const messages: SameShape<typeof en> = {
  summitdesk: {
    contest_entries: {
      empty: 'Noch keine Beiträge.',
      search: 'Beiträge durchsuchen',
      sections: { idea: 'Ihre Idee', artwork: 'Bild', licence: 'Lizenz' },
      artwork_help: 'PNG, JPEG, WebP oder SVG, höchstens %{megabytes} MB. Das Bild wird neu kodiert, Skripte in SVG werden entfernt.',
      choose_file: 'Bild auswählen',
      replace_file: 'Bild ersetzen',
      no_artwork: 'Noch kein Bild',
      too_large: 'Die Datei ist größer als %{megabytes} MB.',
      wrong_type: 'Wählen Sie ein PNG-, JPEG-, WebP- oder SVG-Bild.',
      license_accept: 'Ich stelle mein Bild unter die Lizenz des Wettbewerbs: %{license}',
      license_recorded: '%{license} akzeptiert am %{date}',
      uploading: 'Bild wird hochgeladen…',
      uploaded: 'Ihr Bild ist hochgeladen; das Organisationsteam prüft den Beitrag.',
      upload_failed: 'Der Beitrag ist gespeichert, aber das Bild wurde abgelehnt: %{message}',
      hidden_because: 'Ausgeblendet: %{reason}',
      moderation_note:
        'Beiträge erscheinen in der Galerie, sobald das Organisationsteam sie freigibt. Eine Änderung an einem freigegebenen ' +
        'Beitrag wird erneut geprüft.',
      actions: { approve: 'Freigeben', hide: 'Ausblenden' },
      done: {
        approve: 'Der Beitrag ist freigegeben und in der Galerie.',
        hide: 'Der Beitrag ist ausgeblendet; der Autor hat den Grund erhalten.',
      },
      hide_dialog: {
        title: '„%{title}“ ausblenden?',
        content:
          'Der Beitrag verschwindet aus der Galerie und kann keine Stimmen mehr erhalten. Der Autor erhält Ihre Begründung per E-Mail.',
        reason: 'Grund',
        reason_help: 'Wird dem Autor so geschickt, wie Sie ihn schreiben',
        keep: 'Behalten',
        submit: 'Ausblenden',
      },
      statuses: { pending: 'Wartet auf Prüfung', approved: 'Freigegeben', hidden: 'Ausgeblendet' },
    },
  },
  resources: {
    'contest-entries': {
      name: 'Wettbewerbsbeitrag |||| Wettbewerbsbeiträge',
      fields: {
        id: 'ID',
        contestId: 'Wettbewerb',
        authorId: 'Autor',
        authorName: 'Autor',
        title: 'Titel',
        description: 'Idee',
        licenseAccepted: 'Lizenz akzeptiert',
        license: 'Lizenz',
        status: 'Status',
        hiddenReason: 'Grund der Ausblendung',
        artworkUrl: 'Bild',
        thumbnailUrl: 'Bild',
        votes: 'Stimmen',
        createdAt: 'Eingereicht',
        q: 'Suche',
      },
    },
  },
};
