// A start that cannot go on, already said as one sentence for the operator: what is wrong and what to do.
export class StartFailure extends Error {}

type ErrorWithCode = { code?: unknown; errors?: unknown[]; message?: unknown; address?: unknown; port?: unknown };

function codeOf(error: unknown): string | undefined {
  const value = error as ErrorWithCode | null;
  if (!value || typeof value !== 'object') return undefined;
  if (typeof value.code === 'string') return value.code;
  // Node answers a refused connection to a name with several addresses as an AggregateError.
  if (Array.isArray(value.errors)) return value.errors.map(codeOf).find(Boolean);
  return undefined;
}

function where(url: string | undefined): string {
  if (!url) return 'the database';
  try {
    const parsed = new URL(url);
    return `the database at ${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return 'the database';
  }
}

const databaseProblems: Record<string, string> = {
  ECONNREFUSED: 'refused the connection (is PostgreSQL running there?)',
  ENOTFOUND: 'names a host that does not exist',
  EAI_AGAIN: 'names a host that could not be looked up',
  ETIMEDOUT: 'did not answer in time',
  EHOSTUNREACH: 'cannot be reached from here',
  '28P01': 'refused the user name or password',
  '28000': 'does not let this user in (pg_hba.conf)',
  '3D000': 'does not exist',
  '42501': 'does not let this user create or change tables',
};

// Every way a start can fail, as one line without a stack trace.
export function explainStartFailure(error: unknown, context: { port?: number; databaseUrl?: string }): string {
  if (error instanceof StartFailure) return error.message;
  const code = codeOf(error);
  if (code === 'EADDRINUSE') {
    return `port ${context.port ?? ''} is already in use by another program; stop that program or set PORT to a free port`.replace(
      '  ',
      ' ',
    );
  }
  if (code === 'EACCES' && (error as ErrorWithCode).port !== undefined) {
    return `this user may not listen on port ${context.port}; set PORT to a number above 1023`;
  }
  if (code && databaseProblems[code]) {
    return `${where(context.databaseUrl)} ${databaseProblems[code]}; check DATABASE_URL (or unset it to use the embedded database)`;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (message.startsWith('Invalid configuration:')) {
    const problems = message
      .split('\n')
      .slice(1)
      .map((line) => line.trim())
      .filter(Boolean)
      .join('; ');
    return `a setting is invalid (${problems}); correct it in the environment (README.md, Configuration)`;
  }
  return message.split('\n')[0] || 'an unexpected error stopped the start';
}
