import { Injectable } from '@nestjs/common';
import {
  IsoDateSchema,
  PresentationErrorCodes,
  StatisticsColumns,
  StatisticsPeriods,
  type StatisticsPeriod,
  type StatisticsRow,
} from '@summitdesk/contracts';
import { badRequest } from '../common/app-error.js';
import { toCsv } from '../common/csv.js';
import { Transactions } from '../common/transactions.js';
import { StatisticsRepository } from './statistics.repository.js';

export type StatisticsQuery = { period: StatisticsPeriod; from: string; to: string; currency: string; format?: 'json' | 'csv' };

const MAX_PERIODS = 520;
const STEP: Record<StatisticsPeriod, string> = { week: '1 week', month: '1 month', quarter: '3 months', year: '1 year' };
const LABEL: Record<StatisticsPeriod, string> = { week: 'IYYY-"W"IW', month: 'YYYY-MM', quarter: 'YYYY-"Q"Q', year: 'YYYY' };
// How far back a request without `from` looks: a year of weeks or months, two years of quarters, five years.
const DEFAULT_SPAN: Record<StatisticsPeriod, string> = { week: '11 weeks', month: '11 months', quarter: '21 months', year: '4 years' };

const bad = (field: string, what: string) => badRequest(PresentationErrorCodes.BAD_PERIOD, `${field} ${what}`, { [field]: what });

@Injectable()
export class StatisticsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly repository: StatisticsRepository,
  ) {}

  // The query as the API takes it: `period` (week|month|quarter|year), `from` and `to` (dates,
  // default: the last twelve weeks or months, eight quarters or five years up to today), and the
  // `currency` of the sponsorship income (default USD).
  parse(query: Record<string, unknown>): StatisticsQuery {
    for (const key of Object.keys(query))
      if (!['period', 'from', 'to', 'currency', 'format'].includes(key)) throw bad(key, 'is not a known parameter');
    const period = query.period ?? 'month';
    if (typeof period !== 'string' || !(StatisticsPeriods as readonly string[]).includes(period))
      throw bad('period', `must be one of ${StatisticsPeriods.join(', ')}`);
    const date = (name: 'from' | 'to') => {
      const value = query[name];
      if (value === undefined || value === '') return undefined;
      if (!IsoDateSchema.safeParse(value).success) throw bad(name, 'must be a date as YYYY-MM-DD');
      return value as string;
    };
    const to = date('to') ?? new Date().toISOString().slice(0, 10);
    const from = date('from') ?? shift(to, DEFAULT_SPAN[period as StatisticsPeriod]);
    if (from > to) throw bad('from', 'must not be after to');
    const currency = query.currency ?? 'USD';
    if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) throw bad('currency', 'must be an ISO 4217 code such as USD');
    const format = query.format ?? 'json';
    if (format !== 'json' && format !== 'csv') throw bad('format', 'must be json or csv');
    return { period: period as StatisticsPeriod, from, to, currency, format };
  }

  async forPeriod(query: StatisticsQuery): Promise<StatisticsRow[]> {
    const n = await this.repository.periodCount(this.transactions.reader, query.period, STEP[query.period], query.from, query.to);
    if (n > MAX_PERIODS) throw bad('from', `spans ${n} periods; ask for at most ${MAX_PERIODS}`);
    return this.repository.figures(this.transactions.reader, {
      period: query.period,
      label: LABEL[query.period],
      step: STEP[query.period],
      from: query.from,
      to: query.to,
      currency: query.currency,
    });
  }

  async csv(query: StatisticsQuery): Promise<string> {
    return toCsv(await this.forPeriod(query), [...StatisticsColumns]);
  }
}

// A date moved back by an interval, for the default start (the period's own start is taken in SQL).
function shift(date: string, span: string): string {
  const [amount, unit] = span.split(' ');
  const result = new Date(`${date}T00:00:00Z`);
  const n = Number(amount);
  if (unit === 'weeks') result.setUTCDate(result.getUTCDate() - 7 * n);
  else if (unit === 'months') result.setUTCMonth(result.getUTCMonth() - n);
  else result.setUTCFullYear(result.getUTCFullYear() - n);
  return result.toISOString().slice(0, 10);
}
