import { Module } from '@nestjs/common';
import { AgendaModule } from './agenda/agenda.module.js';
import { CommitteesModule } from './committees/committees.module.js';
import { ConflictsModule } from './conflicts/conflicts.module.js';
import { ReviewAssignmentsModule } from './review-assignments/review-assignments.module.js';
import { ReviewsModule } from './reviews/reviews.module.js';
import { SubmissionsModule } from './submissions/submissions.module.js';
import { CfpsModule } from './cfps/cfps.module.js';
import { CommitteeMeetingModule } from './committee-meeting/committee-meeting.module.js';
import { DiscussionModule } from './discussion/discussion.module.js';
import { BidsModule } from './bids/bids.module.js';

// Issue 5 as one import for the app: committees, the call, submissions, conflicts, assignment,
// reviews, decisions and the agenda; issue 14's discussion, committee meeting, fairness signals and bidding.
@Module({
  imports: [
    CommitteesModule,
    CfpsModule,
    SubmissionsModule,
    ConflictsModule,
    ReviewAssignmentsModule,
    ReviewsModule,
    AgendaModule,
    DiscussionModule,
    CommitteeMeetingModule,
    BidsModule,
  ],
})
export class CallForPapersModule {}
