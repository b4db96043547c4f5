import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Autocomplete, Box, InputAdornment, TextField, Typography } from '@mui/material';
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

// The app bar's search box: results grouped by record type, each opening its record. What is found
// is what the API's lists would show this viewer (it asks each feature).
export const GlobalSearch = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const createPath = useCreatePath();
  const navigate = useNavigate();
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
      sx={{ width: { xs: 160, sm: 260, md: 320 }, mx: 1 }}
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
        void navigate(createPath({ resource: hit.type, id: hit.id, type: 'show' }));
      }}
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
