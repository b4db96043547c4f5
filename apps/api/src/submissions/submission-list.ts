import { SubmissionDecisions, SubmissionLevels, SubmissionStatuses } from '@summitdesk/contracts';
import { CommonErrorCodes } from '@summitdesk/contracts';
import { badRequest } from '../common/app-error.js';
import type { ListSpec } from '../common/list-query.js';
import type { ViewerScope } from '../cfps/viewer-scope.js';

// The list a viewer may query. Nothing here sorts or filters by a speaker, and `q` reaches the
// speakers' names only on rows whose speakers the viewer may see, so an anonymous reviewer cannot
// find out who wrote a talk by searching, sorting or filtering.
export function submissionListSpec(scope: ViewerScope): ListSpec {
  return {
    resource: 'submissions',
    sortable: {
      id: 'submission.id',
      title: 'submission.title',
      status: 'submission.status',
      track: 'submission.track',
      format: 'submission.format',
      createdAt: 'submission.created_at',
      submittedAt: 'submission.submitted_at',
      cfpId: 'submission.cfp_id',
    },
    filterable: {
      id: { column: 'submission.id', type: 'int' },
      cfpId: { column: 'submission.cfp_id', type: 'int' },
      status: { column: 'submission.status', type: 'text', values: SubmissionStatuses },
      track: { column: 'submission.track', type: 'text' },
      format: { column: 'submission.format', type: 'text' },
      level: { column: 'submission.level', type: 'text', values: SubmissionLevels },
      pendingDecision: {
        column: `(CASE WHEN ${scope.committeeSql('submission')} THEN submission.pending_decision END)`,
        type: 'text',
        values: SubmissionDecisions,
      },
    },
    search:
      `(submission.title || ' ' || submission.abstract || ' ' || coalesce(submission.track, '') || ' ' || CASE WHEN ` +
      `${scope.identitiesVisibleSql('submission')} THEN submission.speaker_search ELSE '' END)`,
    defaultSort: ['createdAt', 'DESC'],
    idColumn: 'submission.id',
  };
}

// Filters that are not columns: "my talks" and "my review queue".
const ScopeFilters = ['mine', 'assignedToMe'] as const;

export function takeScopeFilters(query: Record<string, unknown>): {
  query: Record<string, unknown>;
  mine?: boolean;
  assignedToMe?: boolean;
} {
  if (typeof query.filter !== 'string') return { query };
  let filter: Record<string, unknown>;
  try {
    filter = JSON.parse(query.filter);
  } catch {
    return { query };
  }
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) return { query };
  const taken: { mine?: boolean; assignedToMe?: boolean } = {};
  for (const key of ScopeFilters) {
    if (!Object.hasOwn(filter, key)) continue;
    const value = filter[key];
    if (typeof value !== 'boolean')
      throw badRequest(CommonErrorCodes.BAD_LIST_QUERY, `filter.${key} must be true or false`, { [key]: 'must be true or false' });
    taken[key] = value;
    delete filter[key];
  }
  return { query: { ...query, filter: JSON.stringify(filter) }, ...taken };
}
