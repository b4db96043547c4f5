import { useId, type ChangeEvent, type ReactNode } from 'react';
import { Box, type SxProps, type Theme } from '@mui/material';

// The public pages' text box, select and switch: native elements styled from the theme. MUI's
// TextField brings its Select with the menu, popover, modal and transitions (about 25 kB gzipped),
// and its outlined input, label and form-control parts another 8 kB (bench/README.md); a visitor's
// filter or subscribe box needs none of it, and a native <select> is better on phones anyway.
type Common = {
  label: string;
  helperText?: string;
  error?: string;
  fullWidth?: boolean;
  required?: boolean;
  sx?: SxProps<Theme>;
};

const controlSx = (error: boolean): SxProps<Theme> => ({
  font: 'inherit',
  color: 'text.primary',
  bgcolor: 'background.paper',
  border: 1,
  borderColor: error ? 'error.main' : 'text.secondary',
  borderRadius: 1,
  px: 1.5,
  py: 1,
  minHeight: 40,
  width: '100%',
  boxSizing: 'border-box',
  '&:hover': { borderColor: error ? 'error.main' : 'text.primary' },
  '&:focus-visible': { outline: 2, outlineColor: error ? 'error.main' : 'primary.main', outlineOffset: -1 },
  '&[readonly]': { bgcolor: 'action.hover' },
});

const Field = ({
  id,
  label,
  help,
  error,
  required,
  fullWidth,
  sx,
  children,
}: Common & { id: string; help?: string; children: ReactNode }) => (
  <Box
    sx={[{ display: 'flex', flexDirection: 'column', gap: 0.5, width: fullWidth ? '100%' : undefined }, ...(Array.isArray(sx) ? sx : [sx])]}
  >
    <Box component="label" htmlFor={id} sx={{ typography: 'body2', color: error ? 'error.main' : 'text.secondary' }}>
      {label}
      {required ? ' *' : null}
    </Box>
    {children}
    {help ? (
      <Box id={`${id}-help`} sx={{ typography: 'caption', color: error ? 'error.main' : 'text.secondary', minHeight: '1.66em' }}>
        {help}
      </Box>
    ) : null}
  </Box>
);

type TextProps = Common & {
  value: string;
  onChange?: (value: string) => void;
  type?: 'text' | 'search' | 'email';
  name?: string;
  autoComplete?: string;
  readOnly?: boolean;
};

export const PublicTextField = ({ value, onChange, type, name, autoComplete, readOnly, ...field }: TextProps) => {
  const id = useId();
  const help = field.error ?? field.helperText;
  return (
    <Field id={id} help={help} {...field}>
      <Box
        component="input"
        id={id}
        type={type ?? 'text'}
        name={name}
        autoComplete={autoComplete}
        required={field.required}
        value={value}
        readOnly={readOnly}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange?.(event.target.value)}
        onFocus={readOnly ? (event: ChangeEvent<HTMLInputElement>) => event.target.select() : undefined}
        aria-describedby={help?.trim() ? `${id}-help` : undefined}
        aria-invalid={field.error ? true : undefined}
        sx={controlSx(Boolean(field.error))}
      />
    </Field>
  );
};

type SelectProps = Common & {
  value: string;
  onChange: (value: string) => void;
  choices: { value: string; label: ReactNode }[];
  name?: string;
};

export const PublicSelectField = ({ value, onChange, choices, name, ...field }: SelectProps) => {
  const id = useId();
  const help = field.error ?? field.helperText;
  return (
    <Field id={id} help={help} {...field}>
      <Box
        component="select"
        id={id}
        name={name}
        value={value}
        onChange={(event: ChangeEvent<HTMLSelectElement>) => onChange(event.target.value)}
        aria-describedby={help?.trim() ? `${id}-help` : undefined}
        sx={controlSx(Boolean(field.error))}
      >
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </Box>
    </Field>
  );
};

// A checkbox (or, with `role="switch"`, an on/off switch) with its label beside it.
export const PublicCheckbox = ({
  label,
  checked,
  onChange,
  role,
  sx,
}: {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  role?: 'switch';
  sx?: SxProps<Theme>;
}) => (
  <Box
    component="label"
    sx={[{ display: 'inline-flex', alignItems: 'center', gap: 1, cursor: 'pointer', minHeight: 40 }, ...(Array.isArray(sx) ? sx : [sx])]}
  >
    <Box
      component="input"
      type="checkbox"
      role={role}
      checked={checked}
      onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.checked)}
      sx={{ width: 20, height: 20, m: 0, accentColor: (theme: Theme) => theme.palette.primary.main, cursor: 'pointer' }}
    />
    {label}
  </Box>
);
