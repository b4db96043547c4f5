import type { ResourceMessages } from '../i18n/messages';

export const messages = {
  summitdesk: {
    cfp_program: {
      cfp: {
        menu: 'Calls for papers',
        tabs: { call: 'The call', ranking: 'Ranking and decisions', assignment: 'Assignment', history: 'History' },
        sections: { when: 'When', review: 'Review', program: 'Formats and tracks' },
        formats_help: 'Each format with its length in minutes',
        tracks_help: 'Leave empty for a call without tracks',
        topics_help: 'One topic per line; speakers tag their talks with them, reviewers state their interests',
        editable_help: 'Fields speakers may still change after the call closes',
        deadline: 'Closes %{date} (%{zone})',
        states: { upcoming: 'Upcoming', open: 'Open', closed: 'Closed' },
        release: 'Release decisions',
        released:
          '%{smart_count} decision released; the speakers are e-mailed. |||| %{smart_count} decisions released; the speakers are e-mailed.',
        release_dialog: {
          title: 'Release all staged decisions?',
          content:
            'Each staged talk moves to its decision and its speakers get the e-mail with the reviewers’ comments meant for them. ' +
            'This cannot be undone.',
        },
        run_assignment: 'Run automatic assignment',
        assigned: '%{created} assignments made; %{short} submissions still short of reviewers.',
        ranking_empty: 'No submissions to rank yet.',
        columns: {
          rank: '#',
          mean: 'Mean',
          spread: 'Spread',
          weighted: 'Weighted',
          confidence: 'Confidence',
          reviews: 'Reviews',
          missing: 'Missing',
          decision: 'Staged decision',
        },
        all_tracks: 'All tracks',
        matrix_legend: 'Rows are submissions, columns reviewers. ✓ assigned, ✕ conflicted (never assigned), load in the header.',
        conflicted: 'conflicted',
        reviewers_see: { assigned: 'Their assigned talks', all: 'Every talk they are not conflicted on' },
        others_reviews: { never: 'Never', after_own: 'After their own review', always: 'Always' },
      },
    },
  },
  verbs: {
    assign_reviewers: 'ran reviewer assignment for',
    release_decisions: 'released the decisions of',
  },
  entities: {
    cfp: 'call for papers',
  },
  resources: {
    cfps: {
      name: 'Call for papers |||| Calls for papers',
      fields: {
        eventId: 'Summit',
        title: 'Title',
        description: 'Description',
        opensAt: 'Opens',
        closesAt: 'Closes',
        timeZone: 'Time zone',
        reviewOpensAt: 'Review opens',
        reviewClosesAt: 'Review closes',
        anonymousReview: 'Anonymous review',
        reviewsPerSubmission: 'Reviews per submission',
        formats: 'Formats',
        name: 'Name',
        minutes: 'Minutes',
        tracks: 'Tracks',
        topics: 'Topics',
        editableAfterClose: 'Editable after closing',
        state: 'State',
        phases: 'Review phases',
        startsAt: 'Starts',
        endsAt: 'Ends',
        reviewersMayWrite: 'Reviewers may write',
        reviewersSee: 'Reviewers see',
        othersReviews: 'Others’ reviews shown',
        showSpeakerNames: 'Show speaker names',
      },
    },
  },
} satisfies ResourceMessages;
