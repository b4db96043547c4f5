import { Injectable } from '@nestjs/common';
import {
  CommonErrorCodes,
  DiscussionErrorCodes,
  meetingOrder,
  type MeetingItem,
  type MeetingMove,
  type MeetingOrder,
} from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit-log/audit.service.js';
import { forbidden, notFound, staleVersion, unprocessable } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { ViewerScope } from '../cfps/viewer-scope.js';
import { SubmissionReader } from '../submissions/submission-reader.js';
import { CommitteeMeetingRepository, type MeetingRow } from './committee-meeting.repository.js';

const STEP_OUT = 'Step out: you are conflicted on this talk';

// The chair's committee meeting: an agenda of the call's reviewed talks in an order the chair picks
// (by score, by spread or by hand), and the one talk under discussion now. Every member follows it;
// a member conflicted on the current talk is told to step out and shown nothing of it. Decisions
// are staged and released through the existing decide and release-decisions routes.
@Injectable()
export class CommitteeMeetingService {
  constructor(
    private readonly repository: CommitteeMeetingRepository,
    private readonly audit: AuditService,
    private readonly submissions: SubmissionReader,
  ) {}

  private member(scope: ViewerScope, cfpId: number) {
    if (!scope.isOrganizer && !scope.seats.has(cfpId)) throw notFound('Call for papers');
  }

  private chair(scope: ViewerScope, cfpId: number) {
    this.member(scope, cfpId);
    if (!scope.isChairOf(cfpId)) throw forbidden('Only the chairs run the meeting');
  }

  async agenda(actor: AuthUser, cfpId: number) {
    const manager = this.repository.manager;
    const scope = await ViewerScope.load(manager, actor);
    this.member(scope, cfpId);
    const meeting = await this.repository.meeting(manager, cfpId);
    return this.presentAgenda(manager, scope, cfpId, meeting);
  }

  async current(actor: AuthUser, cfpId: number) {
    const manager = this.repository.manager;
    const scope = await ViewerScope.load(manager, actor);
    this.member(scope, cfpId);
    const meeting = await this.repository.meeting(manager, cfpId);
    const base = {
      cfpId,
      chair: scope.isChairOf(cfpId),
      position: meeting?.position ?? 0,
      total: meeting?.submission_ids.length ?? 0,
      version: meeting?.version ?? 0,
    };
    const id = meeting?.submission_ids[meeting.position];
    if (!id) return { ...base, stepOut: false, message: 'The chair has not set the meeting’s order yet', submission: null, reviews: [] };
    const facts = (await this.repository.facts(manager, scope, [id])).get(id);
    if (!facts || facts.conflicted) return { ...base, stepOut: true, message: STEP_OUT, submission: null, reviews: [] };
    if (!facts.visible)
      return {
        ...base,
        stepOut: false,
        message: 'This talk is not assigned to you; listen to the discussion',
        submission: null,
        reviews: [],
      };
    const [submission] = await this.submissions.present(manager, scope, [await this.submissions.get(manager, id)]);
    const reviews = await this.repository.reviews(manager, scope, id);
    return { ...base, stepOut: false, message: null, submission, reviews };
  }

  setOrder(actor: AuthUser, cfpId: number, input: MeetingOrder) {
    return this.repository.transaction(async (manager) => {
      const scope = await ViewerScope.load(manager, actor);
      this.chair(scope, cfpId);
      const existing = await this.repository.meeting(manager, cfpId, true);
      if (input.version !== undefined && existing && existing.version !== input.version) throw staleVersion('Meeting');
      const candidates = await this.repository.candidates(manager, cfpId);
      if (candidates.length === 0)
        throw unprocessable(DiscussionErrorCodes.EMPTY_MEETING, 'No talk of this call has gone to review yet', {
          mode: 'nothing to order',
        });
      const byScore = meetingOrder(candidates, 'score');
      let order: number[];
      if (input.mode === 'hand') {
        const named = input.submissionIds ?? [];
        if (new Set(named).size !== named.length)
          throw unprocessable(CommonErrorCodes.VALIDATION, 'Name each talk once', { submissionIds: 'names a talk twice' });
        // Only talks the chair may see can be placed by hand; the rest follow in score order, so a
        // conflicted chair orders what they see without learning what else there is.
        const facts = await this.repository.facts(manager, scope, named);
        const unknown = named.filter((id) => !facts.get(id)?.visible || !candidates.some((c) => c.submissionId === id));
        if (unknown.length)
          throw unprocessable(CommonErrorCodes.REFERENCE_MISSING, `No such talk in review: ${unknown.join(', ')}`, {
            submissionIds: 'names talks that are not in review in this call',
          });
        order = [...named, ...byScore.filter((id) => !named.includes(id))];
      } else order = input.mode === 'score' ? byScore : meetingOrder(candidates, 'spread');
      await this.repository.save(manager, cfpId, input.mode, order, 0);
      await this.audit.record(manager, actor, {
        entity: 'committee_meeting',
        entityId: cfpId,
        action: 'order',
        changes: { mode: { from: existing?.order_mode ?? null, to: input.mode } },
      });
      return this.presentAgenda(manager, scope, cfpId, await this.repository.meeting(manager, cfpId));
    });
  }

  move(actor: AuthUser, cfpId: number, input: MeetingMove) {
    return this.repository.transaction(async (manager) => {
      const scope = await ViewerScope.load(manager, actor);
      this.chair(scope, cfpId);
      const meeting = await this.repository.meeting(manager, cfpId, true);
      if (!meeting) throw unprocessable(DiscussionErrorCodes.EMPTY_MEETING, 'Set the meeting’s order first', { to: 'no order yet' });
      if (meeting.version !== input.version) throw staleVersion('Meeting');
      const last = meeting.submission_ids.length - 1;
      const to =
        input.to === 'next' ? Math.min(meeting.position + 1, last) : input.to === 'previous' ? Math.max(meeting.position - 1, 0) : input.to;
      if (to > last)
        throw unprocessable(DiscussionErrorCodes.NOT_IN_MEETING, `The agenda has ${last + 1} talks`, { to: `must be from 0 to ${last}` });
      await this.repository.move(manager, cfpId, to);
      await this.audit.record(manager, actor, {
        entity: 'committee_meeting',
        entityId: cfpId,
        action: 'move',
        changes: { position: { from: meeting.position, to } },
      });
      return this.presentAgenda(manager, scope, cfpId, await this.repository.meeting(manager, cfpId));
    });
  }

  private async presentAgenda(manager: EntityManager, scope: ViewerScope, cfpId: number, meeting: MeetingRow | undefined) {
    const ids = meeting?.submission_ids ?? [];
    const facts = await this.repository.facts(manager, scope, ids);
    const items: MeetingItem[] = ids.map((id, position) => {
      const row = facts.get(id);
      const shown = !!row && row.visible && !row.conflicted;
      return {
        position,
        conflicted: !!row?.conflicted,
        submissionId: shown ? id : null,
        title: shown ? row.title : null,
        meanScore: shown ? row.meanScore : null,
        spread: shown ? row.spread : null,
        pendingDecision: shown && scope.isChairOf(cfpId) ? row.pendingDecision : null,
      };
    });
    return {
      id: cfpId,
      cfpId,
      chair: scope.isChairOf(cfpId),
      mode: meeting?.order_mode ?? null,
      position: meeting?.position ?? 0,
      version: meeting?.version ?? 0,
      items,
    };
  }
}
