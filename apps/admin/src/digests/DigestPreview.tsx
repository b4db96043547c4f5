import { Box, Tab, Tabs } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';

// The issue as subscribers will read it, in each language, in a sandboxed frame (no scripts, no
// access to the admin); the HTML is composed and escaped by the API.
export const DigestPreview = ({ html, htmlDe, title }: { html: string; htmlDe: string; title: string }) => {
  const translate = useTranslate();
  const [language, setLanguage] = useState<'en' | 'de'>('en');
  return (
    <Box>
      <Tabs value={language} onChange={(_, value: 'en' | 'de') => setLanguage(value)} aria-label={translate('summitdesk.digests.preview')}>
        <Tab value="en" label={translate('summitdesk.subscriptions.languages.en')} />
        <Tab value="de" label={translate('summitdesk.subscriptions.languages.de')} />
      </Tabs>
      <Box
        component="iframe"
        title={title}
        sandbox=""
        srcDoc={language === 'en' ? html : htmlDe}
        sx={{ width: '100%', minHeight: 560, border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: '#fff' }}
      />
    </Box>
  );
};
