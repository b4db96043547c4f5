import { cfpState, ConfidenceScale, ScoreScale, type Cfp } from '@summitdesk/contracts';
import type { CfpEntity } from './cfp.entity.js';

export function presentCfp(cfp: CfpEntity, now = new Date()): Cfp {
  const opensAt = cfp.opensAt.toISOString();
  const closesAt = cfp.closesAt.toISOString();
  return {
    id: cfp.id,
    eventId: cfp.eventId,
    title: cfp.title,
    description: cfp.description,
    opensAt,
    closesAt,
    timeZone: cfp.timeZone,
    reviewOpensAt: cfp.reviewOpensAt.toISOString(),
    reviewClosesAt: cfp.reviewClosesAt.toISOString(),
    anonymousReview: cfp.anonymousReview,
    reviewsPerSubmission: cfp.reviewsPerSubmission,
    formats: cfp.formats,
    tracks: cfp.tracks,
    topics: cfp.topics,
    editableAfterClose: cfp.editableAfterClose,
    phases: cfp.phases,
    state: cfpState({ opensAt, closesAt }, now),
    scoreScale: ScoreScale,
    confidenceScale: ConfidenceScale,
    decisionsReleasedAt: cfp.decisionsReleasedAt?.toISOString() ?? null,
    biddingOpen: cfp.biddingOpen,
    version: cfp.version,
    createdAt: cfp.createdAt.toISOString(),
    updatedAt: cfp.updatedAt.toISOString(),
  };
}

// What visitors see on the summit page: the call itself, not the committee's review settings.
export function presentPublicCfp(cfp: CfpEntity) {
  const {
    phases: _phases,
    editableAfterClose: _editable,
    version: _version,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    decisionsReleasedAt: _released,
    ...shown
  } = presentCfp(cfp);
  return shown;
}
