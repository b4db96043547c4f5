import type { Submission, SubmissionSpeaker, SubmissionViewerRole } from '@summitdesk/contracts';
import { renderMarkdown } from './markdown.js';
import type { SubmissionSpeakerEntity } from './submission-speaker.entity.js';
import type { SubmissionEntity } from './submission.entity.js';

// How much of a submission one viewer may see; the service works it out from the ViewerScope.
export type SubmissionView = {
  role: SubmissionViewerRole;
  // Speakers' names, affiliations and e-mails; false for anonymous reviewers.
  identities: boolean;
  // Staged decisions are for the committee only.
  committee: boolean;
  // Speakers also see the e-mails of their co-speakers and the comments meant for them.
  speaker: boolean;
  feedback?: string[];
};

function presentSpeaker(speaker: SubmissionSpeakerEntity, withEmail: boolean): SubmissionSpeaker {
  return {
    userId: speaker.userId,
    name: speaker.name,
    affiliation: speaker.affiliation,
    status: speaker.status,
    ...(withEmail ? { email: speaker.email } : {}),
  };
}

export function presentSubmission(submission: SubmissionEntity, speakers: SubmissionSpeakerEntity[], view: SubmissionView): Submission {
  return {
    id: submission.id,
    viewerRole: view.role,
    cfpId: submission.cfpId,
    title: submission.title,
    abstract: submission.abstract,
    abstractHtml: renderMarkdown(submission.abstract),
    format: submission.format,
    track: submission.track,
    topics: submission.topics ?? [],
    level: submission.level,
    notes: submission.notes,
    status: submission.status,
    ...(view.identities ? { speakers: speakers.map((speaker) => presentSpeaker(speaker, view.speaker || view.committee)) } : {}),
    ...(view.committee ? { pendingDecision: submission.pendingDecision } : {}),
    ...(view.feedback ? { feedback: view.feedback } : {}),
    submittedAt: submission.submittedAt?.toISOString() ?? null,
    decidedAt: submission.decidedAt?.toISOString() ?? null,
    version: submission.version,
    createdAt: submission.createdAt.toISOString(),
    updatedAt: submission.updatedAt.toISOString(),
  };
}
