// Strings of the account screens (address verification, invitations).
import type { ResourceMessages } from '../i18n/messages';

export const messages = {
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
  verbs: { verify_email: 'confirmed the e-mail address of' },
} satisfies ResourceMessages;
