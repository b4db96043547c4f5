import type { EntityManager } from 'typeorm';

// The reviewers' comments meant for a submission's speakers, without saying who wrote them. Reviews
// are the reviews feature's, and that feature depends on this one, so this is only the question: the
// reviews' answer is provided in its place (see AppModule), and this feature never imports them.
export abstract class SpeakerFeedback {
  abstract of(manager: EntityManager, submissionId: number): Promise<string[]>;
}
