import type { SameShape } from '../i18n/messages';
import type { messages as en } from './messages.en';

export const messages: SameShape<typeof en> = {
  summitdesk: {
    verify: {
      heading: 'E-Mail-Adresse bestätigen',
      checking: 'Ihr Link wird geprüft…',
      done: 'Danke: %{email} ist bestätigt.',
      failed: 'Dieser Link hat nicht funktioniert.',
      no_token: 'Diese Seite braucht den Link aus der Mail, die wir Ihnen geschickt haben.',
      continue: 'Weiter zu Summitdesk',
      banner:
        'Bitte bestätigen Sie %{email}: Öffnen Sie den Link aus unserer Mail. Bis dahin können Einladungen an diese Adresse ' +
        'nicht angenommen werden.',
      resend: 'Link erneut senden',
      resent: 'Wir haben einen neuen Link an %{email} geschickt.',
    },
    invitation: {
      heading: 'Einladung, einen Vortrag mitzuhalten',
      loading: 'Einladung wird gesucht…',
      summary: '%{invitedBy} lädt Sie ein, „%{title}“ bei %{eventName} mitzuhalten.',
      sent_to: 'Gesendet an %{email}; der Link gilt einmal, bis %{expiresAt}.',
      accept: 'Annehmen und Referent werden',
      decline: 'Ablehnen',
      accepted: 'Sie sind jetzt Referent dieses Vortrags.',
      declined: 'Einladung abgelehnt.',
      status: {
        pending: 'Wartet auf Ihre Antwort.',
        accepted: 'Diese Einladung wurde angenommen.',
        declined: 'Diese Einladung wurde abgelehnt.',
        expired: 'Diese Einladung ist abgelaufen oder wurde durch eine neuere ersetzt; bitten Sie um eine neue Einladung.',
      },
      needs_verification:
        'Bestätigen Sie Ihre E-Mail-Adresse, bevor Sie annehmen: Öffnen Sie den Link aus der Mail zu Ihrer Registrierung.',
      open_talk: 'Vortrag öffnen',
    },
  },
  verbs: { verify_email: 'bestätigte die E-Mail-Adresse von' },
};
