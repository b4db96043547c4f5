import { Box, Typography } from '@mui/material';
import {
  DateField,
  FunctionField,
  Labeled,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  useGetIdentity,
  useGetList,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { Review, Submission } from '@summitdesk/contracts';
import { AuthorResponseNote, ReviewHistory } from '../review-queue/ReviewerResponseAndHistory';
import { ReviewForm } from '../review-queue/ReviewForm';
import { AuthorResponsePanel } from './AuthorResponsePanel';
import { SpeakersField } from './SpeakersField';
import { SubmissionShowActions } from './SubmissionShowActions';
import { SubmissionStatusChip } from './SubmissionStatusChip';
import { SubmissionStepper } from './SubmissionStepper';
import { HistoryAccordion } from '../audit-log/HistoryAccordion';
import { DiscussionThread } from '../discussion/DiscussionThread';
import { dateTimeOptions } from '../common/dates';

// The abstract as the API rendered and sanitised it.
const AbstractField = (_props: { label?: string }) => {
  const record = useRecordContext<Submission>();
  return record ? <Box sx={{ '& p:first-of-type': { mt: 0 } }} dangerouslySetInnerHTML={{ __html: record.abstractHtml }} /> : null;
};

const DecisionNote = () => {
  const record = useRecordContext<Submission>();
  const translate = useTranslate();
  if (!record || record.pendingDecision === undefined) return null;
  return (
    <Typography variant="body2" color="text.secondary">
      {record.pendingDecision
        ? translate('summitdesk.cfp_program.pending_decision', {
            decision: translate(`summitdesk.cfp_program.decisions.${record.pendingDecision}`),
          })
        : translate('summitdesk.cfp_program.no_pending')}
    </Typography>
  );
};

// The speakers' answer to the reviews, for the committee (the speakers see theirs in the panel above),
// and the viewer's own review of the talk: revisable in answer to it, with its history.
const CommitteeResponse = () => {
  const record = useRecordContext<Submission>();
  const { identity } = useGetIdentity();
  const committee = !!record && (record.viewerRole === 'chair' || record.viewerRole === 'reviewer');
  const { data, refetch } = useGetList<Review>(
    'reviews',
    { filter: { submissionId: record?.id, reviewerId: identity?.id }, pagination: { page: 1, perPage: 1 } },
    { enabled: committee && identity?.id != null },
  );
  if (!record || !committee) return null;
  const own = data?.[0];
  return (
    <Box sx={{ display: 'grid', gap: 2, maxWidth: 720 }}>
      <AuthorResponseNote submissionId={record.id} />
      {own ? (
        <>
          <ReviewForm key={own.version} submissionId={record.id} cfpId={record.cfpId} review={own} onSaved={() => void refetch()} />
          {own.status === 'submitted' ? <ReviewHistory reviewId={own.id} version={own.version} /> : null}
        </>
      ) : null}
    </Box>
  );
};

// The committee's discussion; a speaker sees only the comments a chair shared with them.
const Discussion = () => {
  const record = useRecordContext<Submission>();
  if (!record || record.status === 'draft') return null;
  return <DiscussionThread submissionId={record.id} chair={record.viewerRole === 'chair'} />;
};

const Feedback = () => {
  const record = useRecordContext<Submission>();
  const translate = useTranslate();
  if (!record?.feedback?.length) return null;
  return (
    <Labeled label={translate('summitdesk.cfp_program.feedback')}>
      <Box component="ul" sx={{ m: 0, pl: 2 }}>
        {record.feedback.map((comment, index) => (
          <li key={index}>{comment}</li>
        ))}
      </Box>
    </Labeled>
  );
};

export const SubmissionShow = () => {
  const translate = useTranslate();
  return (
    <Show actions={<SubmissionShowActions />}>
      <SimpleShowLayout>
        <SubmissionStepper />
        <SubmissionStatusChip />
        <DecisionNote />
        <TextField source="title" variant="h6" />
        <ReferenceField source="cfpId" reference="cfps" link="show" />
        <SpeakersField label="summitdesk.cfp_program.speakers" />
        <AbstractField label="resources.submissions.fields.abstract" />
        <TextField source="format" />
        <TextField source="track" emptyText="—" />
        <FunctionField<Submission>
          source="level"
          render={(record) => (record.level ? translate(`summitdesk.cfp_program.levels.${record.level}`) : '—')}
        />
        <TextField source="notes" emptyText="—" />
        <Feedback />
        <AuthorResponsePanel />
        <CommitteeResponse />
        <DateField source="submittedAt" showTime options={dateTimeOptions} emptyText="—" />
        <Discussion />
        <HistoryAccordion entity="submission" />
      </SimpleShowLayout>
    </Show>
  );
};
