// Strings of the account screens (address verification, invitations), merged into en.ts / de.ts.
import type { Translations } from '../i18n/en';

export const accountEn = {
  summitdesk: {
    verify: {
      heading: 'Confirm your e-mail address',
      checking: 'Checking your link…',
      done: 'Thank you: %{email} is confirmed.',
      failed: 'This link did not work.',
      no_token: 'This page needs the link from the mail we sent you.',
      continue: 'Continue to Summitdesk',
      banner: 'Please confirm %{email}: open the link we mailed you. Until then, invitations sent to this address cannot be accepted.',
      resend: 'Send the link again',
      resent: 'We sent a new link to %{email}.',
    },
    invitation: {
      heading: 'Invitation to co-present a talk',
      loading: 'Looking up the invitation…',
      summary: '%{invitedBy} invites you to co-present "%{title}" at %{eventName}.',
      sent_to: 'Sent to %{email}; the link works once, until %{expiresAt}.',
      accept: 'Accept and become a speaker',
      decline: 'Decline',
      accepted: 'You are now a speaker of this talk.',
      declined: 'Invitation declined.',
      status: {
        pending: 'Waiting for your answer.',
        accepted: 'This invitation has been accepted.',
        declined: 'This invitation has been declined.',
        expired: 'This invitation has expired or was replaced by a newer one; ask the speaker to invite you again.',
      },
      needs_verification: 'Confirm your e-mail address before accepting: open the link we mailed you when you registered.',
      open_talk: 'Open the talk',
    },
  },
};

export const accountDe: Translations<typeof accountEn> = {
  summitdesk: {
    verify: {
      heading: 'E-Mail-Adresse bestätigen',
      checking: 'Ihr Link wird geprüft…',
      done: 'Danke: %{email} ist bestätigt.',
      failed: 'Dieser Link hat nicht funktioniert.',
      no_token: 'Diese Seite braucht den Link aus der Mail, die wir Ihnen geschickt haben.',
      continue: 'Weiter zu Summitdesk',
      banner: 'Bitte bestätigen Sie %{email}: Öffnen Sie den Link aus unserer Mail. Bis dahin können Einladungen an diese Adresse nicht angenommen werden.',
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
      needs_verification: 'Bestätigen Sie Ihre E-Mail-Adresse, bevor Sie annehmen: Öffnen Sie den Link aus der Mail zu Ihrer Registrierung.',
      open_talk: 'Vortrag öffnen',
    },
  },
};
