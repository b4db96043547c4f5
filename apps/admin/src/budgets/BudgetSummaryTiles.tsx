import { Card, CardContent, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { MoneyText } from '../booth-proposals/MoneyText';
import { useBudgetSummary } from './useBudgetFigures';

const FIGURES = ['amount', 'allocated', 'paid', 'income', 'spent', 'remaining'] as const;

export const BudgetSummaryTiles = ({ budgetId }: { budgetId: number }) => {
  const translate = useTranslate();
  const { data } = useBudgetSummary(budgetId);
  if (!data) return null;
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {FIGURES.map((figure) => (
        <Card key={figure} variant="outlined" sx={{ minWidth: 150, flex: 1 }}>
          <CardContent>
            <Typography variant="caption" color="text.secondary">
              {translate(`summitdesk.budgets.${figure}`)}
            </Typography>
            <Typography variant="h6" color={figure === 'remaining' && data.remaining < 0 ? 'error' : undefined}>
              <MoneyText amount={data[figure]} currency={data.currency} />
            </Typography>
          </CardContent>
        </Card>
      ))}
    </Stack>
  );
};
