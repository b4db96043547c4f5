import { useState } from 'react';
import PaidIcon from '@mui/icons-material/Paid';
import { LinearProgress, Link, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useGetList, useLocaleState, useTranslate } from 'react-admin';
import { formatMoney, type Budget } from '@summitdesk/contracts';
import { DashboardCard } from '../dashboard/DashboardCard';
import { useBudgetSummary } from '../budgets/useBudgetFigures';

export const SponsorshipIncomeCard = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [thisYear] = useState(() => new Date().getFullYear());
  // This year's budget, or next year's once planning starts (as the burn-down card does).
  const { data: budgets } = useGetList<Budget & { id: number }>('budgets', {
    filter: { year: [thisYear, thisYear + 1] },
    sort: { field: 'year', order: 'ASC' },
    pagination: { page: 1, perPage: 2 },
  });
  const budget = budgets?.[0];
  const year = budget?.year ?? thisYear;
  // Income from sponsorships alone, net of their refunds, against the goal set on the budget.
  const { data: figures } = useBudgetSummary(budget?.id);
  const income = figures?.sponsorshipIncome;
  const goal = figures?.sponsorshipGoal ?? null;
  const percent = goal && income !== undefined ? Math.round((income / goal) * 100) : null;
  return (
    <DashboardCard
      title="summitdesk.sponsorships.dashboard.title"
      icon={<PaidIcon />}
      action={
        <Link component={RouterLink} to="/sponsorships">
          {translate('summitdesk.sponsorships.dashboard.open_list')}
        </Link>
      }
    >
      {budgets && !budget ? (
        <Typography variant="body2">{translate('summitdesk.sponsorships.dashboard.no_budget', { year })}</Typography>
      ) : null}
      {figures && income !== undefined ? (
        <>
          <Typography variant="caption" color="text.secondary">
            {translate('summitdesk.sponsorships.dashboard.income_in', { year })}
          </Typography>
          <Typography variant="h4" component="p">
            {formatMoney(income, figures.currency, locale)}
          </Typography>
          {goal && percent !== null ? (
            <>
              <LinearProgress
                variant="determinate"
                value={Math.min(percent, 100)}
                sx={{ my: 1 }}
                aria-label={translate('summitdesk.sponsorships.dashboard.of_goal', {
                  percent,
                  goal: formatMoney(goal, figures.currency, locale),
                })}
              />
              <Typography variant="body2">
                {translate('summitdesk.sponsorships.dashboard.of_goal', { percent, goal: formatMoney(goal, figures.currency, locale) })}
              </Typography>
            </>
          ) : (
            <Typography variant="body2" color="text.secondary">
              {translate('summitdesk.sponsorships.dashboard.no_goal', { year })}
            </Typography>
          )}
        </>
      ) : null}
    </DashboardCard>
  );
};
