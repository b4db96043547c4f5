import { AutocompleteInput, useLocaleState, type AutocompleteInputProps } from 'react-admin';
import { useMemo } from 'react';
import { countryChoices } from './countries';

// Country as an ISO alpha-2 code, picked by its name in the reader's language.
export const CountryInput = (props: Omit<AutocompleteInputProps, 'choices'>) => {
  const [locale] = useLocaleState();
  const choices = useMemo(
    () => countryChoices(locale).map((choice) => ({ id: choice.id, name: `${choice.name} (${choice.id})` })),
    [locale],
  );
  return <AutocompleteInput choices={choices} {...props} />;
};
