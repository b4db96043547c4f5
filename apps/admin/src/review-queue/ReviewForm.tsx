import { useState } from 'react';
import { Box, FormControl, FormControlLabel, FormLabel, Radio, RadioGroup, TextField, Typography } from '@mui/material';
import { Button, useCreate, useNotify, useTranslate, useUpdate } from 'react-admin';
import { ConfidenceScale, ScoreScale, type Review } from '@summitdesk/contracts';
import { errorMessage, fieldErrors } from '../common/errors';

const range = (min: number, max: number) => Array.from({ length: max - min + 1 }, (_, i) => min + i);
const signed = (value: number) => (value > 0 ? `+${value}` : String(value));

type Props = { submissionId: number; review?: Review; onSaved: () => void };

// Score, confidence and the two comments; the first save creates the review, later ones update it.
export const ReviewForm = ({ submissionId, review, onSaved }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [create, { isPending: creating }] = useCreate();
  const [update, { isPending: updating }] = useUpdate();
  const [values, setValues] = useState({
    score: review?.score ?? 0,
    confidence: review?.confidence ?? 2,
    commentToSpeakers: review?.commentToSpeakers ?? '',
    commentToCommittee: review?.commentToCommittee ?? '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const options = {
    onSuccess: () => {
      notify('summitdesk.cfp_program.queue.saved', { type: 'success' });
      onSaved();
    },
    onError: (error: unknown) => {
      setErrors(fieldErrors(error) ?? {});
      const message = errorMessage(error, translate);
      notify(message, { type: 'error', messageArgs: { _: message } });
    },
  };
  const save = () =>
    review
      ? update(
          'reviews',
          { id: review.id, data: { ...values, version: review.version }, previousData: review },
          { ...options, mutationMode: 'pessimistic' },
        )
      : create('reviews', { data: { ...values, submissionId } }, options);
  return (
    <Box
      component="form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      sx={{ display: 'grid', gap: 2 }}
    >
      <Typography variant="h6">{translate('summitdesk.cfp_program.queue.your_review')}</Typography>
      <FormControl error={!!errors.score}>
        <FormLabel>{translate('summitdesk.cfp_program.queue.score')}</FormLabel>
        <RadioGroup row value={String(values.score)} onChange={(event) => setValues({ ...values, score: Number(event.target.value) })}>
          {range(ScoreScale.min, ScoreScale.max).map((score) => (
            <FormControlLabel key={score} value={String(score)} control={<Radio />} label={signed(score)} />
          ))}
        </RadioGroup>
      </FormControl>
      <FormControl error={!!errors.confidence}>
        <FormLabel>{translate('summitdesk.cfp_program.queue.confidence')}</FormLabel>
        <RadioGroup
          row
          value={String(values.confidence)}
          onChange={(event) => setValues({ ...values, confidence: Number(event.target.value) })}
        >
          {range(ConfidenceScale.min, ConfidenceScale.max).map((confidence) => (
            <FormControlLabel key={confidence} value={String(confidence)} control={<Radio />} label={String(confidence)} />
          ))}
        </RadioGroup>
      </FormControl>
      <TextField
        label={translate('resources.reviews.fields.commentToSpeakers')}
        multiline
        minRows={3}
        value={values.commentToSpeakers}
        error={!!errors.commentToSpeakers}
        helperText={errors.commentToSpeakers}
        onChange={(event) => setValues({ ...values, commentToSpeakers: event.target.value })}
      />
      <TextField
        label={translate('resources.reviews.fields.commentToCommittee')}
        multiline
        minRows={2}
        value={values.commentToCommittee}
        error={!!errors.commentToCommittee || !!errors.submissionId}
        helperText={errors.commentToCommittee ?? errors.submissionId}
        onChange={(event) => setValues({ ...values, commentToCommittee: event.target.value })}
      />
      <Box>
        <Button type="submit" label="ra.action.save" variant="contained" disabled={creating || updating} />
      </Box>
    </Box>
  );
};
