import { submissionMachine, type Submission, type SubmissionAction } from '@summitdesk/contracts';

// The speaker's own moves on this talk now, from the shared state machine and the viewer's role
// (the API says whether the viewer speaks on it, chairs it or reviews it).
export function allowedSubmissionActions(record: Pick<Submission, 'status' | 'viewerRole'>): SubmissionAction[] {
  if (record.viewerRole === 'speaker') return submissionMachine.allowedActions(record.status, 'speaker');
  if (record.viewerRole === 'chair') return submissionMachine.allowedActions(record.status, 'chair');
  return [];
}

export function useAllowedSubmissionActions(record: Pick<Submission, 'status' | 'viewerRole'> | undefined): SubmissionAction[] {
  return record ? allowedSubmissionActions(record) : [];
}
