import { Box, Stack, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { BoothProposal } from '@summitdesk/contracts';
import { formatInstant } from '../common/dates';
import { AuthenticatedImage } from './AuthenticatedImage';
import { MoneyText } from './MoneyText';

export const BoothReportView = (_props: { label?: false }) => {
  const record = useRecordContext<BoothProposal>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const report = record?.report;
  if (!record || !report)
    return (
      <Typography variant="body2" sx={{ py: 2 }}>
        {translate('summitdesk.booth_proposals.report.none')}
      </Typography>
    );
  const stat = (label: string, value: React.ReactNode) => (
    <Box>
      <Typography variant="caption" color="text.secondary">
        {translate(label)}
      </Typography>
      <Typography variant="h6">{value}</Typography>
    </Box>
  );
  return (
    <Stack spacing={2} sx={{ py: 1 }}>
      {report.filedAt ? (
        <>
          <Stack direction="row" spacing={4}>
            {stat('summitdesk.booth_proposals.report.visitors', report.visitors?.toLocaleString(locale))}
            {stat('summitdesk.booth_proposals.report.leads', report.leads?.toLocaleString(locale))}
            {stat('summitdesk.booth_proposals.report.actual_spend', <MoneyText amount={report.actualSpend} currency={report.currency} />)}
          </Stack>
          <Box>
            <Typography variant="subtitle2">{translate('summitdesk.booth_proposals.report.lessons')}</Typography>
            <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
              {report.lessons}
            </Typography>
          </Box>
          <Typography variant="caption" color="text.secondary">
            {translate('summitdesk.booth_proposals.report.filed', { when: formatInstant(report.filedAt, locale) })}
          </Typography>
        </>
      ) : null}
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }} useFlexGap>
        {report.photos.map((photo, index) => (
          <AuthenticatedImage
            key={photo.id}
            url={photo.url}
            alt={`${translate('summitdesk.booth_proposals.report_dialog.photos')} ${index + 1}`}
          />
        ))}
      </Stack>
    </Stack>
  );
};
