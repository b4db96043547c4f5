import { Injectable } from '@nestjs/common';
import {
  DiscussionErrorCodes,
  type CommentVisibility,
  type CreateComment,
  type DiscussionComment,
  type Mentionable,
  type Role,
  type UpdateComment,
} from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit-log/audit.service.js';
import { AppError, forbidden, notFound, staleVersion } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { ViewerScope } from '../cfps/viewer-scope.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { DiscussionRepository, type CommentRow, type Sight } from './discussion.repository.js';

// What a viewer may do with a submission's thread: read and write it as the committee, read the
// comments the chair shared as one of its speakers, or nothing (404, or 403 before one's own review).
type Access = { level: 'committee' | 'speaker'; sight: Sight; chair: boolean };

const SPEAKER_FACING_AUTHOR = 'Program committee';

// Mentions are `@Full Name` of a committee member; longer names are matched first so that
// "@Ian Jackson" is not also read as a mention of an "Ian".
function mentionedMembers<T extends { name: string }>(body: string, members: readonly T[]): T[] {
  const text = body.toLowerCase();
  const found: T[] = [];
  let rest = text;
  for (const member of [...members].filter((m) => m.name.trim()).sort((a, b) => b.name.length - a.name.length)) {
    const needle = `@${member.name.trim().toLowerCase()}`;
    if (rest.includes(needle)) {
      found.push(member);
      rest = rest.split(needle).join(' ');
    }
  }
  return found;
}

@Injectable()
export class DiscussionService {
  constructor(
    private readonly repository: DiscussionRepository,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  private async access(manager: EntityManager, scope: ViewerScope, submissionId: number): Promise<Access> {
    const sight = await this.repository.sight(manager, scope, submissionId);
    if (!sight) throw notFound('Submission');
    const chair = scope.isChairOf(sight.cfpId);
    if (sight.asCommittee) {
      if (chair || sight.reviewed) return { level: 'committee', sight, chair };
      throw new AppError(
        403,
        DiscussionErrorCodes.REVIEW_FIRST,
        'Submit your own review of this talk before you read or join its discussion',
      );
    }
    if (sight.asSpeaker) return { level: 'speaker', sight, chair: false };
    throw notFound('Submission');
  }

  // The thread itself: a speaker sees only what the chair shared, never who wrote it.
  async list(actor: AuthUser, submissionId: number): Promise<DiscussionComment[]> {
    const manager = this.repository.manager;
    const scope = await ViewerScope.load(manager, actor);
    const access = await this.access(manager, scope, submissionId);
    const rows = await this.repository.comments(manager, submissionId, access.level === 'speaker');
    return rows.map((row) => present(row, actor, access.level));
  }

  async mentionable(actor: AuthUser, submissionId: number): Promise<Mentionable[]> {
    const manager = this.repository.manager;
    const scope = await ViewerScope.load(manager, actor);
    const access = await this.access(manager, scope, submissionId);
    if (access.level !== 'committee') throw notFound('Submission');
    // The whole roster, conflicted members included: leaving them out would tell who is conflicted,
    // and under anonymous review that can name a speaker. They are simply not notified.
    return (await this.repository.committee(manager, access.sight.cfpId)).map(({ id, name }) => ({ id, name }));
  }

  create(actor: AuthUser, submissionId: number, input: CreateComment): Promise<DiscussionComment> {
    return this.repository.transaction(async (manager) => {
      const scope = await ViewerScope.load(manager, actor);
      const access = await this.access(manager, scope, submissionId);
      if (access.level !== 'committee') throw forbidden('Only the committee writes in the discussion');
      const id = await this.repository.insert(manager, submissionId, actor.id, input.body);
      await this.audit.record(manager, actor, {
        entity: 'discussion_comment',
        entityId: id,
        action: 'create',
        note: `submission ${submissionId}`,
      });
      await this.notifyMentions(manager, actor, submissionId, access.sight, input.body);
      return present((await this.repository.comment(manager, id))!, actor, 'committee');
    });
  }

  update(actor: AuthUser, id: number, input: UpdateComment): Promise<DiscussionComment> {
    return this.repository.transaction(async (manager) => {
      const { row, access } = await this.lockVisible(manager, actor, id, input.version);
      if (row.author_id !== actor.id) throw forbidden('Only its author may edit a comment');
      await this.repository.update(manager, id, { body: input.body });
      await this.audit.record(manager, actor, {
        entity: 'discussion_comment',
        entityId: id,
        action: 'update',
        note: `submission ${row.submission_id}`,
      });
      // Only names that are new in this version are told, so an edit does not mail everyone again.
      const before = new Set(mentionedMembers(row.body, await this.repository.committee(manager, access.sight.cfpId)).map((m) => m.id));
      await this.notifyMentions(manager, actor, row.submission_id, access.sight, input.body, before);
      return present((await this.repository.comment(manager, id))!, actor, 'committee');
    });
  }

  setVisibility(actor: AuthUser, id: number, input: CommentVisibility): Promise<DiscussionComment> {
    return this.repository.transaction(async (manager) => {
      const { row, access } = await this.lockVisible(manager, actor, id, input.version);
      if (!access.chair) throw forbidden('Only the chairs decide what speakers see');
      await this.repository.update(manager, id, { visibleToSpeakers: input.visibleToSpeakers });
      await this.audit.record(manager, actor, {
        entity: 'discussion_comment',
        entityId: id,
        action: input.visibleToSpeakers ? 'share_with_speakers' : 'hide_from_speakers',
        changes: { visibleToSpeakers: { from: row.visible_to_speakers, to: input.visibleToSpeakers } },
        note: `submission ${row.submission_id}`,
      });
      return present((await this.repository.comment(manager, id))!, actor, 'committee');
    });
  }

  remove(actor: AuthUser, id: number): Promise<{ id: number; deleted: true }> {
    return this.repository.transaction(async (manager) => {
      const { row, access } = await this.lockVisible(manager, actor, id);
      if (!access.chair) throw forbidden('Only the chairs delete comments');
      await this.repository.remove(manager, id);
      await this.audit.record(manager, actor, {
        entity: 'discussion_comment',
        entityId: id,
        action: 'delete',
        note: `submission ${row.submission_id}`,
      });
      return { id, deleted: true };
    });
  }

  private async lockVisible(manager: EntityManager, actor: AuthUser, id: number, version?: number) {
    const scope = await ViewerScope.load(manager, actor);
    const row = await this.repository.comment(manager, id, true);
    if (!row) throw notFound('Comment');
    const access = await this.access(manager, scope, row.submission_id).catch((error: unknown) => {
      // A comment on a talk the viewer may not read is not admitted to exist.
      if (error instanceof AppError && (error.status === 404 || error.status === 403)) throw notFound('Comment');
      throw error;
    });
    if (access.level !== 'committee') throw notFound('Comment');
    if (version !== undefined && version !== row.version) throw staleVersion('Comment');
    return { row, access };
  }

  // Mentioned members hear of it by mail and under the bell (one queue() writes both) — unless they
  // are conflicted on the talk or cannot see it at all; one who has not reviewed yet is told only
  // that they were mentioned, not what was said.
  private async notifyMentions(
    manager: EntityManager,
    actor: AuthUser,
    submissionId: number,
    sight: Sight,
    body: string,
    alreadyTold: Set<number> = new Set(),
  ) {
    const members = await this.repository.committee(manager, sight.cfpId);
    for (const member of mentionedMembers(body, members)) {
      if (member.id === actor.id || alreadyTold.has(member.id)) continue;
      const scope = await ViewerScope.load(manager, { id: member.id, email: member.email, name: member.name, role: member.role as Role });
      const theirs = await this.repository.sight(manager, scope, submissionId);
      if (!theirs?.asCommittee) continue;
      const canRead = scope.isChairOf(theirs.cfpId) || theirs.reviewed;
      await this.notifications.queue(manager, {
        toUserId: member.id,
        kind: 'discussion_mention',
        params: { author: actor.name, title: sight.title, comment: canRead ? body : null, submissionId },
        link: { resource: 'submissions', id: submissionId },
      });
    }
  }
}

function present(row: CommentRow, actor: AuthUser, level: 'committee' | 'speaker'): DiscussionComment {
  const speaker = level === 'speaker';
  return {
    id: row.id,
    submissionId: row.submission_id,
    authorId: speaker ? null : row.author_id,
    authorName: speaker ? SPEAKER_FACING_AUTHOR : row.author_name,
    body: row.body,
    visibleToSpeakers: row.visible_to_speakers,
    mine: row.author_id === actor.id,
    version: row.version,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
