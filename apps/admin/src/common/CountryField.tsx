import { useFieldValue, useLocaleState, type FieldProps } from 'react-admin';
import { Typography } from '@mui/material';
import { countryName } from './countries';

export const CountryField = (props: FieldProps) => {
  const code = useFieldValue(props) as string | null | undefined;
  const [locale] = useLocaleState();
  if (!code) return null;
  return (
    <Typography component="span" variant="body2">
      {countryName(code, locale)}
    </Typography>
  );
};
