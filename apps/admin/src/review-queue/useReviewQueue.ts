import { useGetIdentity, useGetList } from 'react-admin';
import type { Review, Submission } from '@summitdesk/contracts';

// The signed-in reviewer's assigned submissions and their own reviews of them.
export function useReviewQueue() {
  const { identity } = useGetIdentity();
  const submissions = useGetList<Submission>('submissions', {
    filter: { assignedToMe: true },
    sort: { field: 'id', order: 'ASC' },
    pagination: { page: 1, perPage: 500 },
  });
  const reviews = useGetList<Review>(
    'reviews',
    { filter: { reviewerId: identity?.id }, pagination: { page: 1, perPage: 500 } },
    { enabled: identity?.id != null },
  );
  const mine = new Map((reviews.data ?? []).map((review) => [review.submissionId, review]));
  return {
    submissions: submissions.data ?? [],
    mine,
    isPending: submissions.isPending || reviews.isPending,
    refetch: () => Promise.all([submissions.refetch(), reviews.refetch()]),
  };
}
