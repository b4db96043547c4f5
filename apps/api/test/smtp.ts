import { SMTPServer } from 'smtp-server';

type ReceivedMail = { to: string; raw: string };

// A real SMTP server in the test process, for the tests where the mail a user receives matters.
// `failNextMessages(n)` makes it refuse the next n messages with a temporary error (451).
export async function startSmtp() {
  const received: ReceivedMail[] = [];
  let failNext = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        if (failNext > 0) {
          failNext -= 1;
          const error = new Error('Mailbox busy, try later') as Error & { responseCode: number };
          error.responseCode = 451;
          return callback(error);
        }
        received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address).join(','), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return {
    received,
    url: `smtp://127.0.0.1:${port}`,
    failNextMessages: (n: number) => (failNext = n),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// Polls until the condition holds: mail is sent by a background worker, not by the request.
export async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 15_000) {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
