import { useState } from 'react';
import {
  Alert,
  Box,
  Chip,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useCreate, useNotify, useTranslate, useUpdate } from 'react-admin';
import { Button } from '../common/Button';
import {
  ConfidenceScale,
  ScoreScale,
  type Review,
  type ReviewAnswers,
  type ReviewField,
  type ReviewForm as Form,
} from '@summitdesk/contracts';
import { fieldErrors, useNotifyError } from '../common/errors';
import { useCfpResource } from '../cfps/useCfpApi';

const range = (min: number, max: number) => Array.from({ length: max - min + 1 }, (_, i) => min + i);
const signed = (value: number) => (value > 0 ? `+${value}` : String(value));
// Scales this short read best as radio buttons; longer ones as a number.
const maxRadios = 11;

type Props = { submissionId: number; cfpId: number; review?: Review; onSaved: () => void };
type Status = 'draft' | 'submitted';

// One extra field of the chair's review form, with its description and who will read it.
const ExtraField = ({
  field,
  value,
  error,
  onChange,
}: {
  field: ReviewField;
  value: number | string | undefined;
  error?: string;
  onChange: (value: number | string | undefined) => void;
}) => {
  const translate = useTranslate();
  const id = `review-field-${field.key}`;
  if (field.kind === 'text')
    return (
      <TextField
        id={id}
        label={field.name}
        multiline
        minRows={2}
        value={typeof value === 'string' ? value : ''}
        error={!!error}
        helperText={
          error ?? [field.description, translate(`summitdesk.cfp_program.queue.read_by.${field.visibility}`)].filter(Boolean).join(' — ')
        }
        onChange={(event) => onChange(event.target.value)}
      />
    );
  const scale = range(field.min, field.max);
  return (
    <FormControl error={!!error}>
      <FormLabel id={`${id}-label`}>{field.name}</FormLabel>
      {scale.length <= maxRadios ? (
        <RadioGroup
          row
          aria-labelledby={`${id}-label`}
          aria-describedby={`${id}-help`}
          value={value === undefined ? '' : String(value)}
          onChange={(event) => onChange(Number(event.target.value))}
        >
          {scale.map((score) => (
            <FormControlLabel key={score} value={String(score)} control={<Radio />} label={signed(score)} />
          ))}
        </RadioGroup>
      ) : (
        <TextField
          type="number"
          size="small"
          value={value ?? ''}
          slotProps={{ htmlInput: { min: field.min, max: field.max, 'aria-labelledby': `${id}-label`, 'aria-describedby': `${id}-help` } }}
          onChange={(event) => onChange(event.target.value === '' ? undefined : Number(event.target.value))}
        />
      )}
      <FormHelperText id={`${id}-help`}>
        {error ??
          [field.description, translate('summitdesk.cfp_program.queue.scale', { min: field.min, max: field.max })]
            .filter(Boolean)
            .join(' — ')}
      </FormHelperText>
    </FormControl>
  );
};

// Score, confidence, the chair's extra fields and the two comments. A review starts as a draft (the
// reviewer's alone) until "Submit review"; a submitted review can still be changed, and every change is
// kept in its history.
export const ReviewForm = ({ submissionId, cfpId, review, onSaved }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const [create, { isPending: creating }] = useCreate();
  const [update, { isPending: updating }] = useUpdate();
  const { data: form } = useCfpResource<Form>(cfpId, 'review-form');
  const [values, setValues] = useState({
    score: review?.score ?? 0,
    confidence: review?.confidence ?? 2,
    commentToSpeakers: review?.commentToSpeakers ?? '',
    commentToCommittee: review?.commentToCommittee ?? '',
  });
  const [answers, setAnswers] = useState<ReviewAnswers>(review?.answers ?? {});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submitted = review?.status === 'submitted';
  const fields = form?.fields ?? [];
  const save = (status: Status) => {
    // Only the fields of the current form, and no empty ones: an unanswered field is simply absent.
    const sent: ReviewAnswers = {};
    for (const field of fields) {
      const value = answers[field.key];
      if (value !== undefined && value !== '') sent[field.key] = value;
    }
    const options = {
      onSuccess: () => {
        notify(status === 'draft' ? 'summitdesk.cfp_program.queue.draft_saved' : 'summitdesk.cfp_program.queue.saved', { type: 'success' });
        onSaved();
      },
      onError: (error: unknown) => {
        setErrors(fieldErrors(error) ?? {});
        notifyError(error);
      },
    };
    const data = { ...values, answers: sent, status };
    setErrors({});
    return review
      ? update(
          'reviews',
          { id: review.id, data: { ...data, version: review.version }, previousData: review },
          { ...options, mutationMode: 'pessimistic' },
        )
      : create('reviews', { data: { ...data, submissionId } }, options);
  };
  const busy = creating || updating;
  return (
    <Box
      component="form"
      onSubmit={(event) => {
        event.preventDefault();
        void save('submitted');
      }}
      sx={{ display: 'grid', gap: 2 }}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="h6" component="h3">
          {translate('summitdesk.cfp_program.queue.your_review')}
        </Typography>
        {review ? (
          <Chip
            size="small"
            color={submitted ? 'success' : 'default'}
            label={translate(submitted ? 'summitdesk.cfp_program.queue.status.submitted' : 'summitdesk.cfp_program.queue.status.draft')}
          />
        ) : null}
      </Stack>
      {review && !submitted ? <Alert severity="info">{translate('summitdesk.cfp_program.queue.draft_hint')}</Alert> : null}
      <FormControl error={!!errors.score}>
        <FormLabel id="review-score-label">{translate('summitdesk.cfp_program.queue.score')}</FormLabel>
        <RadioGroup
          row
          aria-labelledby="review-score-label"
          value={String(values.score)}
          onChange={(event) => setValues({ ...values, score: Number(event.target.value) })}
        >
          {range(ScoreScale.min, ScoreScale.max).map((score) => (
            <FormControlLabel key={score} value={String(score)} control={<Radio />} label={signed(score)} />
          ))}
        </RadioGroup>
        {errors.score ? <FormHelperText>{errors.score}</FormHelperText> : null}
      </FormControl>
      <FormControl error={!!errors.confidence}>
        <FormLabel id="review-confidence-label">{translate('summitdesk.cfp_program.queue.confidence')}</FormLabel>
        <RadioGroup
          row
          aria-labelledby="review-confidence-label"
          value={String(values.confidence)}
          onChange={(event) => setValues({ ...values, confidence: Number(event.target.value) })}
        >
          {range(ConfidenceScale.min, ConfidenceScale.max).map((confidence) => (
            <FormControlLabel key={confidence} value={String(confidence)} control={<Radio />} label={String(confidence)} />
          ))}
        </RadioGroup>
        {errors.confidence ? <FormHelperText>{errors.confidence}</FormHelperText> : null}
      </FormControl>
      {fields.map((field) => (
        <ExtraField
          key={field.key}
          field={field}
          value={answers[field.key]}
          error={errors[`answers.${field.key}`]}
          onChange={(value) => {
            const next = { ...answers };
            if (value === undefined) delete next[field.key];
            else next[field.key] = value;
            setAnswers(next);
          }}
        />
      ))}
      <TextField
        label={translate('resources.reviews.fields.commentToSpeakers')}
        multiline
        minRows={3}
        value={values.commentToSpeakers}
        error={!!errors.commentToSpeakers}
        helperText={errors.commentToSpeakers ?? translate('summitdesk.cfp_program.queue.read_by.speakers')}
        onChange={(event) => setValues({ ...values, commentToSpeakers: event.target.value })}
      />
      <TextField
        label={translate('resources.reviews.fields.commentToCommittee')}
        multiline
        minRows={2}
        value={values.commentToCommittee}
        error={!!errors.commentToCommittee || !!errors.submissionId || !!errors.status}
        helperText={errors.commentToCommittee ?? errors.submissionId ?? errors.status}
        onChange={(event) => setValues({ ...values, commentToCommittee: event.target.value })}
      />
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {submitted ? null : (
          <Button label="summitdesk.cfp_program.queue.save_draft" variant="outlined" disabled={busy} onClick={() => void save('draft')} />
        )}
        <Button
          type="submit"
          label={submitted ? 'summitdesk.cfp_program.queue.save_changes' : 'summitdesk.cfp_program.queue.submit'}
          variant="contained"
          disabled={busy}
        />
      </Stack>
    </Box>
  );
};
