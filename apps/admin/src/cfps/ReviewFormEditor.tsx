import { useState } from 'react';
import { Alert, Box, Card, CardContent, IconButton, MenuItem, Stack, TextField, Tooltip, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteIcon from '@mui/icons-material/Delete';
import { useDataProvider, useNotify, useRecordContext, useTranslate, type Identifier } from 'react-admin';
import { Button } from '../common/Button';
import { ReviewFieldVisibilities, type Cfp, type ReviewField, type ReviewForm } from '@summitdesk/contracts';
import { errorMessage, fieldErrors, useNotifyError } from '../common/errors';
import type { SummitdeskDataProvider } from '../dataProvider';
import { useCfpResource } from './useCfpApi';

type Draft = {
  fields: ReviewField[];
  responseOpensAt: string;
  responseClosesAt: string;
  responseWordLimit: string;
};

// A key answers are stored under, made from the label the chair typed: "Technical depth" → technical_depth.
function keyFromName(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^[^a-z]+/, '')
      .replace(/_+$/, '')
      .slice(0, 36) || 'field';
  const safe = base === 'score' || base === 'confidence' ? `${base}_extra` : base;
  let key = safe;
  for (let n = 2; taken.has(key); n += 1) key = `${safe}_${n}`;
  return key;
}

// <input type="datetime-local"> speaks local wall time without a zone; the API speaks ISO instants.
const toLocalInput = (iso: string | null) => {
  if (!iso) return '';
  const date = new Date(iso);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};
const fromLocalInput = (local: string) => (local ? new Date(local).toISOString() : null);

const toDraft = (form: ReviewForm): Draft => ({
  fields: form.fields,
  responseOpensAt: toLocalInput(form.responseOpensAt),
  responseClosesAt: toLocalInput(form.responseClosesAt),
  responseWordLimit: form.responseWordLimit == null ? '' : String(form.responseWordLimit),
});

// The chair's review form: extra scored fields (with a description and their own scale) and text
// fields (with who may read them), in order, plus the author-response window. The API checks the
// rules (unique keys, min below max, a whole window) and its field errors show beside each input.
export const ReviewFormEditor = () => {
  const record = useRecordContext<Cfp>();
  const translate = useTranslate();
  const { data: form, error, reload } = useCfpResource<ReviewForm>(record?.id, 'review-form');
  if (!record) return null;
  if (error) return <Alert severity="error">{errorMessage(error, translate)}</Alert>;
  // Keyed on the version: a saved form starts the editor afresh from what the API stored.
  return form ? <Editor key={form.version} cfpId={record.id} form={form} reload={reload} /> : null;
};

const Editor = ({ cfpId, form, reload }: { cfpId: Identifier; form: ReviewForm; reload: () => Promise<void> }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const [draft, setDraft] = useState<Draft>(() => toDraft(form));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const t = (key: string, args?: Record<string, unknown>) => translate(`summitdesk.cfp_program.review_form.${key}`, args);

  const setField = (index: number, patch: Partial<ReviewField>) =>
    setDraft({ ...draft, fields: draft.fields.map((field, at) => (at === index ? ({ ...field, ...patch } as ReviewField) : field)) });
  const move = (index: number, by: -1 | 1) => {
    const fields = [...draft.fields];
    [fields[index], fields[index + by]] = [fields[index + by], fields[index]];
    setDraft({ ...draft, fields });
  };
  const remove = (index: number) => setDraft({ ...draft, fields: draft.fields.filter((_, at) => at !== index) });
  const add = (kind: ReviewField['kind']) => {
    const taken = new Set(draft.fields.map((field) => field.key));
    const name = t(kind === 'score' ? 'new_score' : 'new_text');
    const key = keyFromName(name, taken);
    const field: ReviewField =
      kind === 'score'
        ? { kind, key, name, description: '', min: 1, max: 5 }
        : { kind, key, name, description: '', visibility: 'committee' };
    setDraft({ ...draft, fields: [...draft.fields, field] });
  };
  const save = async () => {
    setSaving(true);
    setErrors({});
    try {
      await dataProvider.putView('cfps', {
        id: cfpId,
        view: 'review-form',
        data: {
          fields: draft.fields.map((field) => ({ ...field, description: field.description?.trim() ? field.description : null })),
          responseOpensAt: fromLocalInput(draft.responseOpensAt),
          responseClosesAt: fromLocalInput(draft.responseClosesAt),
          responseWordLimit: draft.responseWordLimit.trim() === '' ? null : Number(draft.responseWordLimit),
          version: form.version,
        },
      });
      notify('summitdesk.cfp_program.review_form.saved', { type: 'success' });
      await reload();
    } catch (failure) {
      setErrors(fieldErrors(failure) ?? {});
      notifyError(failure);
    } finally {
      setSaving(false);
    }
  };
  const fieldError = (index: number, name: string) => errors[`fields.${index}.${name}`];

  return (
    <Box
      component="form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      sx={{ display: 'grid', gap: 2, maxWidth: 900 }}
    >
      <Typography variant="body2" color="text.secondary">
        {t('intro')}
      </Typography>
      {draft.fields.length === 0 ? <Alert severity="info">{t('empty')}</Alert> : null}
      {draft.fields.map((field, index) => (
        <Card key={index} variant="outlined" component="section" aria-label={t('field_n', { n: index + 1, name: field.name })}>
          <CardContent sx={{ display: 'grid', gap: 2 }}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Typography variant="subtitle1" component="h3" sx={{ flex: 1 }}>
                {t(field.kind === 'score' ? 'kind_score' : 'kind_text')} {index + 1}
              </Typography>
              <Tooltip title={t('move_up')}>
                <span>
                  <IconButton aria-label={t('move_up')} disabled={index === 0} onClick={() => move(index, -1)}>
                    <ArrowUpwardIcon />
                  </IconButton>
                </span>
              </Tooltip>
              <Tooltip title={t('move_down')}>
                <span>
                  <IconButton aria-label={t('move_down')} disabled={index === draft.fields.length - 1} onClick={() => move(index, 1)}>
                    <ArrowDownwardIcon />
                  </IconButton>
                </span>
              </Tooltip>
              <Tooltip title={t('remove')}>
                <IconButton aria-label={t('remove')} onClick={() => remove(index)}>
                  <DeleteIcon />
                </IconButton>
              </Tooltip>
            </Stack>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextField
                label={t('label')}
                value={field.name}
                required
                sx={{ flex: 2 }}
                error={!!fieldError(index, 'name')}
                helperText={fieldError(index, 'name')}
                onChange={(event) => setField(index, { name: event.target.value })}
              />
              <TextField
                label={t('key')}
                value={field.key}
                required
                sx={{ flex: 1 }}
                error={!!fieldError(index, 'key')}
                helperText={fieldError(index, 'key') ?? t('key_help')}
                onChange={(event) => setField(index, { key: event.target.value })}
              />
            </Stack>
            <TextField
              label={t('description')}
              value={field.description ?? ''}
              multiline
              minRows={2}
              error={!!fieldError(index, 'description')}
              helperText={fieldError(index, 'description') ?? t('description_help')}
              onChange={(event) => setField(index, { description: event.target.value })}
            />
            {field.kind === 'score' ? (
              <Stack direction="row" spacing={2}>
                {(['min', 'max'] as const).map((bound) => (
                  <TextField
                    key={bound}
                    type="number"
                    label={t(bound)}
                    value={field[bound]}
                    error={!!fieldError(index, bound)}
                    helperText={fieldError(index, bound)}
                    onChange={(event) => setField(index, { [bound]: Number(event.target.value) })}
                    slotProps={{ htmlInput: { min: -100, max: 100 } }}
                  />
                ))}
              </Stack>
            ) : (
              <TextField
                select
                label={t('visibility')}
                value={field.visibility}
                error={!!fieldError(index, 'visibility')}
                helperText={fieldError(index, 'visibility') ?? t(`visibility_help.${field.visibility}`)}
                onChange={(event) => setField(index, { visibility: event.target.value as (typeof ReviewFieldVisibilities)[number] })}
              >
                {ReviewFieldVisibilities.map((visibility) => (
                  <MenuItem key={visibility} value={visibility}>
                    {t(`visibilities.${visibility}`)}
                  </MenuItem>
                ))}
              </TextField>
            )}
          </CardContent>
        </Card>
      ))}
      {errors.fields ? <Alert severity="error">{errors.fields}</Alert> : null}
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Button label="summitdesk.cfp_program.review_form.add_score" onClick={() => add('score')}>
          <AddIcon />
        </Button>
        <Button label="summitdesk.cfp_program.review_form.add_text" onClick={() => add('text')}>
          <AddIcon />
        </Button>
      </Stack>
      <Typography variant="h6" component="h3">
        {t('response_window')}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        {(['responseOpensAt', 'responseClosesAt'] as const).map((name) => (
          <TextField
            key={name}
            type="datetime-local"
            label={t(name)}
            value={draft[name]}
            error={!!errors[name]}
            helperText={errors[name]}
            onChange={(event) => setDraft({ ...draft, [name]: event.target.value })}
            slotProps={{ inputLabel: { shrink: true } }}
          />
        ))}
        <TextField
          type="number"
          label={t('responseWordLimit')}
          value={draft.responseWordLimit}
          error={!!errors.responseWordLimit}
          helperText={errors.responseWordLimit ?? t('word_limit_help')}
          onChange={(event) => setDraft({ ...draft, responseWordLimit: event.target.value })}
          slotProps={{ htmlInput: { min: 1, max: 10000 } }}
        />
      </Stack>
      <Box>
        <Button type="submit" label="summitdesk.cfp_program.review_form.save" variant="contained" disabled={saving} />
      </Box>
    </Box>
  );
};
