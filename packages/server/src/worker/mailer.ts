// How emails leave: nodemailer over SMTP (`SMTP_URL`), or, with none configured, a line in the
// log per message (and a notice at start) so nothing is silently dropped.
import nodemailer from 'nodemailer';

/** An email as the worker hands it to a mailer. */
export interface OutgoingEmail {
  /** The same on every attempt at one outbox message, so a receiver can drop a repeat. */
  messageId: string;
  from: { name: string; address: string };
  to: { name: string; address: string };
  subject: string;
  text: string;
  html: string;
  locale: string;
  ics?: { method: 'REQUEST' | 'CANCEL'; content: string } | undefined;
}

/** Where emails go. */
export interface Mailer {
  /** One line for the start message: where emails go. */
  readonly description: string;
  /** Sends; rejects with a {@link DeliveryError} when it could not. */
  send(email: OutgoingEmail): Promise<{ responseStatus: number | null }>;
  close(): void;
}

/** A failed attempt: `permanent` ones are not retried (an SMTP 5xx: the address is refused). */
export class DeliveryError extends Error {
  override readonly name = 'DeliveryError';
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly responseStatus: number | null = null,
  ) {
    super(message);
  }
}

/** `smtp://user:pass@host:587` with the password hidden, for logs. */
export const redactUrl = (url: string) => {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.href;
  } catch {
    return 'an SMTP server';
  }
};

/**
 * A mailer over SMTP. `url` is nodemailer's connection URL: `smtp://user:pass@host:587`
 * (STARTTLS when offered), `smtps://…:465` (TLS from the start).
 *
 * @example
 * const mailer = smtpMailer(process.env.SMTP_URL!);
 */
export function smtpMailer(url: string, options: { timeoutMs?: number } = {}): Mailer {
  const timeout = options.timeoutMs ?? 30_000;
  const transport = nodemailer.createTransport(url, {
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  } as never);
  return {
    description: `over SMTP at ${redactUrl(url)}`,
    async send(email) {
      try {
        const info = (await transport.sendMail({
          messageId: email.messageId,
          from: email.from,
          to: email.to,
          subject: email.subject,
          text: email.text,
          html: email.html,
          headers: { 'Content-Language': email.locale, 'Auto-Submitted': 'auto-generated' },
          ...(email.ics
            ? {
                icalEvent: {
                  method: email.ics.method,
                  filename: email.ics.method === 'CANCEL' ? 'cancel.ics' : 'invite.ics',
                  content: email.ics.content,
                },
              }
            : {}),
        })) as { response?: string };
        const code = /^(\d{3})/.exec(info.response ?? '')?.[1];
        return { responseStatus: code ? Number(code) : null };
      } catch (error) {
        const e = error as { responseCode?: number; message?: string };
        const status = typeof e.responseCode === 'number' ? e.responseCode : null;
        throw new DeliveryError(
          `SMTP: ${e.message ?? String(error)}`,
          status !== null && status >= 500,
          status,
        );
      }
    },
    close() {
      transport.close();
    },
  };
}

/**
 * A mailer that writes each message to the log instead of sending it (no `SMTP_URL`).
 *
 * @example
 * const mailer = logMailer((line) => console.log(line));
 */
export function logMailer(log: (line: string) => void): Mailer {
  return {
    description: 'nowhere: no SMTP_URL is set, so each email is written to this log instead',
    async send(email) {
      log(
        `email (not sent: no SMTP_URL) to ${email.to.name} <${email.to.address}>: ${email.subject}${email.ics ? ` [${email.ics.method} invitation]` : ''}\n${email.text}`,
      );
      return { responseStatus: null };
    },
    close() {},
  };
}
