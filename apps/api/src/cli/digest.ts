import { IsoWeekSchema, nextIsoWeek } from '@summitdesk/contracts';
import { parseArgs } from 'node:util';
import { createApp } from '../app.factory.js';
import { loadConfig } from '../config/config.js';
import { migrate } from '../database/data-source.js';
import { resolveDatabase } from '../database/database-url.js';
import { DigestsService } from '../digests/digests.service.js';
import { fail } from './with-database.js';

const usage = 'usage: npm run digest -- [--week 2027-W07] [--html]';

export function parseDigestArgs(args: string[]): { week: string; html: boolean } {
  const { values } = parseArgs({ args, options: { week: { type: 'string' }, html: { type: 'boolean', default: false } } });
  const week = values.week ?? nextIsoWeek();
  if (!IsoWeekSchema.safeParse(week).success) throw new Error(`--week must be an ISO week such as 2027-W07\n${usage}`);
  return { week, html: values.html ?? false };
}

// Composes (or refreshes) the week's draft from the data and prints it; sending stays an
// organizer's decision in the admin. A week already sent is printed as it was sent.
async function run() {
  const args = parseDigestArgs(process.argv.slice(2));
  const config = loadConfig({ ...process.env, WORKERS: 'off', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  const { target, embedded } = await resolveDatabase(config);
  try {
    await migrate(target);
    const app = await createApp(config, target);
    await app.init();
    try {
      const digest = await app.get(DigestsService).composeWeek(args.week, null, { keepSent: true });
      process.stdout.write(`${args.html ? digest.html : digest.text}\n`);
      process.stderr.write(`${digest.label} (${digest.week}): ${digest.status}, ${digest.recipients} subscriber(s)\n`);
    } finally {
      await app.close();
    }
  } finally {
    await embedded?.stop();
  }
}

if (process.argv[1]?.endsWith('digest.js')) run().catch(fail);
