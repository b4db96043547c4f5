import type { ResourceMessages } from '../i18n/messages';

export const messages = {
  summitdesk: {
    cfp_program: {
      committee: {
        menu: 'Committees',
        seats: 'Members',
        add_seat: 'Seat a member',
        roles: { chair: 'Chair', reviewer: 'Reviewer' },
        conflicts: 'Conflicts of interest',
        declare: 'Declare a conflict',
        conflict_help:
          'A person or an organisation; you will never be assigned their talks. Once review is under way only a chair can remove it.',
        affiliation_help: 'Set by the chair, not from the member’s profile: talks by speakers of this affiliation are never shown to them.',
        conflict_locked: 'Only a chair removes it now',
      },
    },
  },
  entities: {
    committee: 'committee',
    committee_seat: 'committee seat',
    conflict: 'conflict of interest',
  },
  resources: {
    committees: { name: 'Committee |||| Committees', fields: { eventId: 'Summit', name: 'Name' } },
    'committee-seats': {
      name: 'Seat |||| Seats',
      fields: {
        committeeId: 'Committee',
        userId: 'Member',
        userName: 'Member',
        role: 'Role',
        affiliation: 'Affiliation',
        trackPreferences: 'Preferred tracks',
      },
    },
    conflicts: {
      name: 'Conflict |||| Conflicts',
      fields: {
        reviewerId: 'Reviewer',
        userId: 'Person',
        organization: 'Organisation',
        submissionTitle: 'Submission',
        note: 'Note',
        declaredByName: 'Declared by',
        createdAt: 'Declared',
      },
    },
  },
} satisfies ResourceMessages;
