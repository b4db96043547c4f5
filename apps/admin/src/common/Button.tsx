import { Button as MuiButton, useMediaQuery, type Theme } from '@mui/material';
import { forwardRef, type ElementType } from 'react';
import { Button as ReactAdminButton, Link, useTranslate, type ButtonProps } from 'react-admin';

// react-admin's Button shrinks to a bare icon on phones. A button without an icon then shows nothing
// at all, and a disabled one loses its accessible name. This one is react-admin's on wider screens
// and on phones keeps its icon-only form only where it has an icon and a name to give; otherwise it
// stays a small button with its words.
export const Button = forwardRef<HTMLButtonElement, ButtonProps<ElementType>>(function Button(props, ref) {
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const translate = useTranslate();
  const { label, children, to, alignIcon = 'left', color = 'primary', size = 'small', ...rest } = props;
  if (!phone || (children && !props.disabled)) return <ReactAdminButton ref={ref} {...props} />;
  const text = typeof label === 'string' ? translate(label, { _: label }) : label;
  const link = to === undefined ? {} : { component: Link, to };
  return (
    <MuiButton
      ref={ref}
      color={color}
      size={size}
      startIcon={alignIcon === 'left' ? children : undefined}
      endIcon={alignIcon === 'right' ? children : undefined}
      {...link}
      {...(rest as object)}
    >
      {text}
    </MuiButton>
  );
}) as typeof ReactAdminButton;
