import { Box } from '@mui/material';
import { useTranslate } from '../public-shell/kit';
import { EventKinds, type EventKind } from '@summitdesk/contracts';
import { humanize } from '../common/text';
import { PublicCheckbox, PublicSelectField, PublicTextField } from '../public-shell/fields';

export type PublicFilters = { text: string; kind: EventKind | ''; includePast: boolean };

type Props = { value: PublicFilters; onChange: (value: PublicFilters) => void };

export const PublicEventFilters = ({ value, onChange }: Props) => {
  const translate = useTranslate();
  return (
    <Box role="search" sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', my: 2 }}>
      <PublicTextField
        label={translate('summitdesk.public.filter')}
        helperText={translate('summitdesk.public.filter_help')}
        value={value.text}
        onChange={(text) => onChange({ ...value, text })}
        type="search"
        sx={{ flex: '1 1 260px', maxWidth: 420 }}
      />
      <PublicSelectField
        label={translate('summitdesk.public.kind')}
        value={value.kind}
        onChange={(kind) => onChange({ ...value, kind: kind as EventKind | '' })}
        helperText=" "
        choices={[
          { value: '', label: translate('summitdesk.public.all_kinds') },
          ...EventKinds.map((kind) => ({ value: kind, label: translate(`summitdesk.events.kinds.${kind}`, { _: humanize(kind) }) })),
        ]}
        sx={{ minWidth: 200 }}
      />
      <PublicCheckbox
        role="switch"
        checked={value.includePast}
        onChange={(includePast) => onChange({ ...value, includePast })}
        label={translate('summitdesk.public.show_past')}
      />
    </Box>
  );
};
