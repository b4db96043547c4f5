import { Box, FormControlLabel, MenuItem, Switch, TextField } from '@mui/material';
import { useTranslate } from '../public-shell/kit';
import { EventKinds, type EventKind } from '@summitdesk/contracts';
import { humanize } from '../common/text';

export type PublicFilters = { text: string; kind: EventKind | ''; includePast: boolean };

type Props = { value: PublicFilters; onChange: (value: PublicFilters) => void };

export const PublicEventFilters = ({ value, onChange }: Props) => {
  const translate = useTranslate();
  return (
    <Box role="search" sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', my: 2 }}>
      <TextField
        label={translate('summitdesk.public.filter')}
        helperText={translate('summitdesk.public.filter_help')}
        value={value.text}
        onChange={(event) => onChange({ ...value, text: event.target.value })}
        type="search"
        size="small"
        variant="outlined"
        fullWidth={false}
        sx={{ flex: '1 1 260px', maxWidth: 420 }}
      />
      <TextField
        select
        label={translate('summitdesk.public.kind')}
        value={value.kind}
        onChange={(event) => onChange({ ...value, kind: event.target.value as EventKind | '' })}
        size="small"
        variant="outlined"
        helperText=" "
        fullWidth={false}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        sx={{ minWidth: 200 }}
      >
        <MenuItem value="">{translate('summitdesk.public.all_kinds')}</MenuItem>
        {EventKinds.map((kind) => (
          <MenuItem key={kind} value={kind}>
            {translate(`summitdesk.events.kinds.${kind}`, { _: humanize(kind) })}
          </MenuItem>
        ))}
      </TextField>
      <FormControlLabel
        control={<Switch checked={value.includePast} onChange={(event) => onChange({ ...value, includePast: event.target.checked })} />}
        label={translate('summitdesk.public.show_past')}
        sx={{ mb: 2.5 }}
      />
    </Box>
  );
};
