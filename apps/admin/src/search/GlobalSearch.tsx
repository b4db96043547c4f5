import { useEffect, useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import {
  Autocomplete,
  Box,
  Dialog,
  DialogContent,
  IconButton,
  InputAdornment,
  ListSubheader,
  TextField,
  Tooltip,
  Typography,
  useMediaQuery,
} from '@mui/material';
import type { Theme } from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import type { SearchHit } from '@summitdesk/contracts';
import { useCreatePath, useDataProvider, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import type { SummitdeskDataProvider } from '../dataProvider';

// Waits for a pause in typing before asking the API.
function useSettled(value: string, ms = 250) {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

// On a phone the app bar has no room for a box beside the page title: a search button opens the
// box in a dialog at the top of the screen, closed again once a result is picked.
export const GlobalSearch = () => {
  const translate = useTranslate();
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const [open, setOpen] = useState(false);
  if (!phone) return <SearchBox />;
  return (
    <>
      <Tooltip title={translate('summitdesk.search.label')}>
        <IconButton color="inherit" aria-label={translate('summitdesk.search.label')} onClick={() => setOpen(true)}>
          <SearchIcon />
        </IconButton>
      </Tooltip>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        fullWidth
        aria-label={translate('summitdesk.search.label')}
        sx={{ '& .MuiDialog-container': { alignItems: 'flex-start' } }}
        slotProps={{ paper: { sx: { m: 1, width: 'calc(100% - 16px)' } } }}
      >
        <DialogContent sx={{ p: 1 }}>
          <SearchBox autoFocus onPicked={() => setOpen(false)} />
        </DialogContent>
      </Dialog>
    </>
  );
};

// The search box: results grouped by record type, each opening its record. What is found
// is what the API's lists would show this viewer (it asks each feature).
const SearchBox = ({ autoFocus, onPicked }: { autoFocus?: boolean; onPicked?: () => void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const createPath = useCreatePath();
  const navigate = useNavigate();
  const groupIds = useId();
  const [input, setInput] = useState('');
  const q = useSettled(input.trim());
  const enabled = q.length >= 2 && q.length <= 100;
  const { data, isFetching, isError } = useQuery({
    queryKey: ['search', q],
    queryFn: async ({ signal }) => (await dataProvider.search(q, signal)).data,
    enabled,
    retry: false,
    staleTime: 10_000,
  });
  const options: SearchHit[] = enabled ? (data ?? []).flatMap((group) => group.hits) : [];
  const noOptionsText = !enabled
    ? translate('summitdesk.search.too_short')
    : isError
      ? translate('summitdesk.search.failed')
      : translate('summitdesk.search.nothing_found');
  return (
    <Autocomplete<SearchHit, false, false, false>
      size="small"
      sx={onPicked ? { width: '100%' } : { width: { xs: 160, sm: 220, md: 320 }, mx: 1 }}
      options={options}
      filterOptions={(all) => all}
      groupBy={(hit) => translate(`summitdesk.search.types.${hit.type}`)}
      getOptionLabel={(hit) => hit.title}
      getOptionKey={(hit) => `${hit.type}-${hit.id}`}
      isOptionEqualToValue={(a, b) => a.type === b.type && a.id === b.id}
      loading={isFetching}
      loadingText={translate('summitdesk.common.loading')}
      noOptionsText={noOptionsText}
      inputValue={input}
      onInputChange={(_, value, reason) => {
        if (reason !== 'reset') setInput(value);
      }}
      value={null}
      onChange={(_, hit) => {
        if (!hit) return;
        setInput('');
        onPicked?.();
        void navigate(createPath({ resource: hit.type, id: hit.id, type: 'show' }));
      }}
      // Each record type is a named group of options, as ARIA's listbox pattern has it (MUI's default
      // renders plain list items inside the listbox, which screen readers cannot make sense of).
      renderGroup={(params) => (
        <li key={params.key} role="group" aria-labelledby={`${groupIds}-${params.key}`}>
          <ListSubheader id={`${groupIds}-${params.key}`} component="div" sx={{ top: -8 }}>
            {params.group}
          </ListSubheader>
          <Box component="ul" role="presentation" sx={{ p: 0, '& .MuiAutocomplete-option': { pl: 3 } }}>
            {params.children}
          </Box>
        </li>
      )}
      renderOption={({ key, ...props }, hit) => (
        <Box component="li" key={key} {...props} sx={{ display: 'block !important' }}>
          <Typography variant="body2">{hit.title}</Typography>
          {hit.subtitle ? (
            <Typography variant="caption" color="text.secondary">
              {hit.subtitle}
            </Typography>
          ) : null}
        </Box>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          autoFocus={autoFocus}
          placeholder={translate('summitdesk.search.placeholder')}
          slotProps={{
            ...params.slotProps,
            htmlInput: { ...params.slotProps.htmlInput, 'aria-label': translate('summitdesk.search.label') },
            input: {
              ...params.slotProps.input,
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon fontSize="small" />
                </InputAdornment>
              ),
            },
          }}
          sx={{ bgcolor: 'background.paper', borderRadius: 1 }}
        />
      )}
    />
  );
};
