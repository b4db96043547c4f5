import { Box } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { PublicSponsor, Sponsor } from '@summitdesk/contracts';

// The company's logo on a light tile (most logos are drawn for white paper, also in the dark theme).
// `fallback="name"` (public pages) shows the company's name where there is no logo yet.
export const SponsorLogo = ({
  sponsor,
  height = 40,
  fallback = 'placeholder',
}: {
  sponsor?: Pick<Sponsor | PublicSponsor, 'name' | 'logoUrl'>;
  height?: number;
  fallback?: 'placeholder' | 'name';
  label?: string;
}) => {
  const record = useRecordContext<Sponsor>();
  const translate = useTranslate();
  const value = sponsor ?? record;
  if (!value) return null;
  if (!value.logoUrl && fallback === 'name') {
    return (
      <Box component="span" sx={{ typography: height >= 40 ? 'h6' : 'body2', fontWeight: 600 }}>
        {value.name}
      </Box>
    );
  }
  if (!value.logoUrl) {
    return (
      <Box
        sx={{
          height,
          minWidth: height,
          px: 1,
          display: 'inline-flex',
          alignItems: 'center',
          justifyContent: 'center',
          bgcolor: 'action.hover',
          borderRadius: 1,
          typography: 'caption',
          color: 'text.secondary',
        }}
      >
        {translate('summitdesk.sponsors.no_logo')}
      </Box>
    );
  }
  return (
    <Box sx={{ display: 'inline-flex', bgcolor: '#fff', borderRadius: 1, p: 0.5 }}>
      <Box
        component="img"
        src={value.logoUrl}
        alt={translate('summitdesk.sponsors.logo_of', { name: value.name })}
        loading="lazy"
        sx={{ height, maxWidth: height * 4, objectFit: 'contain' }}
      />
    </Box>
  );
};
