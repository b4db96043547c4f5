import type { ResourceMessages } from '../i18n/messages';

// Outgoing mail (organizers) and each member's mail settings.
export const messages = {
  summitdesk: {
    outgoing_mails: {
      retry: 'Retry',
      retried: 'The mail is queued again',
      actions: 'Actions',
      search: 'Recipient',
      statuses: { pending: 'Queued', sending: 'Sending', sent: 'Sent', failed: 'Failed', skipped: 'Skipped' },
      kinds: {
        email_verification: 'Address confirmation',
        speaker_invitation: 'Co-speaker invitation',
        subscription_confirmation: 'Subscription confirmation',
        submission_decision: 'Talk decision',
        sponsorship_paid: 'Sponsorship paid',
        sponsorship_refunded: 'Sponsorship refunded',
        contest_entry_hidden: 'Contest entry hidden',
        contest_won: 'Contest won',
        booth_proposal_step: 'Booth proposal step',
        booth_proposal_reminder: 'Booth proposal waiting',
        booth_report_reminder: 'Booth report missing',
        booth_shift_offered: 'Booth shift offered',
        booth_shift_decided: 'Booth shift decided',
        shipment_shipped: 'Parcel shipped',
        shipment_warning: 'Shipping warning',
        review_assigned: 'Reviews assigned',
        conflict_declared: 'Conflict of interest declared',
        contest_voting_opened: 'Voting opened',
        contest_voting_closed: 'Voting closed',
        digest: 'Weekly digest',
        announcement: 'Announcement',
        other: 'Other',
      },
    },
    mail_settings: {
      menu: 'Mail settings',
      title: 'Mail settings',
      language: 'Language of my mail',
      optional: 'Mails I get',
      optional_help: 'Turn off what you do not want; it still shows under the bell.',
      required: 'Always sent (account security, invitations, receipts and decisions about your own talks and entries):',
      saved: 'Mail settings saved',
      languages: { en: 'English', de: 'Deutsch' },
    },
  },
  verbs: { retry: 'retried' },
  entities: { outbox_message: 'outgoing mail' },
  resources: {
    'outgoing-mails': {
      name: 'Outgoing mail |||| Outgoing mail',
      fields: {
        createdAt: 'Queued at',
        status: 'Status',
        toEmail: 'Recipient',
        kind: 'Kind',
        subject: 'Subject',
        attempts: 'Attempts',
        lastError: 'Last error',
      },
    },
  },
} satisfies ResourceMessages;
