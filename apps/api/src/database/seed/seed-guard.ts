import type { AppConfig } from '../../config/config.js';

const FORCE_PRODUCTION_FLAG = '--force-production';

// The demo accounts share a password printed in the README: a production database gets them only
// when someone asks for them by name (SEED_DEMO=yes or --force-production). Null means go ahead.
export function demoSeedRefusal(config: Pick<AppConfig, 'NODE_ENV' | 'SEED_DEMO'>, args: readonly string[] = []): string | null {
  if (config.NODE_ENV !== 'production' || config.SEED_DEMO || args.includes(FORCE_PRODUCTION_FLAG)) return null;
  return (
    `Refusing to load demo data with NODE_ENV=production: its accounts share a published password. Set SEED_DEMO=yes or ` +
    `pass ${FORCE_PRODUCTION_FLAG} to load it anyway.`
  );
}
