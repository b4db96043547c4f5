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
  const transport: Transporter = nodemailer.createTransport(smtpUrl);
  return async (mail) => {
    await transport.sendMail(mail);
  };
}
