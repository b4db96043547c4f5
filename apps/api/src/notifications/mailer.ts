import { Logger } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';

export type Mail = {
  from: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  messageId: string;
  headers?: Record<string, string>;
};

// SMTP when SMTP_URL is set; otherwise each mail is written to the log, so a laptop needs no mail server.
export function createMailer(smtpUrl: string | undefined): (mail: Mail) => Promise<void> {
  if (!smtpUrl) {
    const logger = new Logger('Mail');
    return async (mail) => {
      logger.log(`(no SMTP_URL; not sent) To: ${mail.to} | Subject: ${mail.subject}\n${mail.text}`);
    };
  }
  const transport: Transporter = nodemailer.createTransport(withTimeouts(smtpUrl));
  return async (mail) => {
    await transport.sendMail(mail);
  };
}

// A send never hangs for long (the outbox's stale-claim rule counts on it): nodemailer reads these
// from the URL's query, and a value already in SMTP_URL wins.
function withTimeouts(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  const timeouts = { connectionTimeout: '15000', greetingTimeout: '15000', socketTimeout: '45000' };
  for (const [name, value] of Object.entries(timeouts)) if (!url.searchParams.has(name)) url.searchParams.set(name, value);
  return url.toString();
}
