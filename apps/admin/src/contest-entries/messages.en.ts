import type { ResourceMessages } from '../i18n/messages';

// The contest entry screens' strings, merged into en.ts / de.ts under summitdesk.contest_entries and resources.
export const messages = {
  summitdesk: {
    contest_entries: {
      empty: 'No entries yet.',
      search: 'Search entries',
      sections: { idea: 'Your idea', artwork: 'Artwork', licence: 'Licence' },
      artwork_help: 'PNG, JPEG, WebP or SVG, at most %{megabytes} MB. It is re-encoded, and SVG scripts are removed.',
      choose_file: 'Choose artwork',
      replace_file: 'Replace artwork',
      no_artwork: 'No artwork yet',
      too_large: 'The file is larger than %{megabytes} MB.',
      wrong_type: 'Choose a PNG, JPEG, WebP or SVG image.',
      license_accept: 'I agree to share my artwork under the contest licence: %{license}',
      license_recorded: 'Accepted %{license} on %{date}',
      uploading: 'Uploading artwork…',
      uploaded: 'Your artwork is uploaded; an organizer will review the entry.',
      upload_failed: 'The entry is saved, but the artwork was refused: %{message}',
      hidden_because: 'Hidden: %{reason}',
      moderation_note:
        'Entries appear in the gallery once an organizer approves them. A change to an approved entry sends it back for review.',
      actions: { approve: 'Approve', hide: 'Hide' },
      done: { approve: 'The entry is approved and in the gallery.', hide: 'The entry is hidden and its author has been told why.' },
      hide_dialog: {
        title: 'Hide "%{title}"?',
        content: 'The entry leaves the gallery and cannot receive votes. The author is e-mailed the reason you give.',
        reason: 'Reason',
        reason_help: 'Sent to the author as you write it',
        keep: 'Keep it',
        submit: 'Hide entry',
      },
      statuses: { pending: 'Awaiting review', approved: 'Approved', hidden: 'Hidden' },
    },
  },
  resources: {
    'contest-entries': {
      name: 'Contest entry |||| Contest entries',
      fields: {
        id: 'ID',
        contestId: 'Contest',
        authorId: 'Author',
        authorName: 'Author',
        title: 'Title',
        description: 'Idea',
        licenseAccepted: 'Licence accepted',
        license: 'Licence',
        status: 'Status',
        hiddenReason: 'Reason hidden',
        artworkUrl: 'Artwork',
        thumbnailUrl: 'Artwork',
        votes: 'Votes',
        createdAt: 'Entered',
        q: 'Search',
      },
    },
  },
} satisfies ResourceMessages;
