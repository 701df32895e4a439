// What the notification tests share: a real SMTP server that keeps what arrives (parsed with
// mailparser), a webhook receiver that checks signatures, a provider with an email address, and
// booking requests priced by core as a widget would; and scratch databases on PostgreSQL.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import postgres from 'postgres';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import { quote, type Provider } from '@booking/core';
import type { CreateBookingRequest } from '@booking/core/schemas';
import { verifyWebhook } from '@booking/server/worker';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** A mail as it arrived: the envelope and the parsed message. */
export interface Arrived {
  to: string[];
  mail: ParsedMail;
  raw: string;
}

/** An SMTP server on loopback that keeps every accepted message. */
export interface MailSink {
  url: string;
  mails: Arrived[];
  /** While set, messages are held without an answer (the sender waits) and `onHold` is called. */
  hold: boolean;
  onHold?: () => void;
  close(): Promise<void>;
}

export async function startMailSink(): Promise<MailSink> {
  const sink: MailSink = {
    url: '',
    mails: [],
    hold: false,
    close: async () => undefined,
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (sink.hold) {
          sink.onHold?.();
          return; // never answered: the sender is left waiting
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw).then(
          (mail) => {
            sink.mails.push({
              to: session.envelope.rcptTo.map((r) => r.address),
              mail,
              raw,
            });
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  sink.url = `smtp://127.0.0.1:${port}`;
  sink.close = () =>
    new Promise<void>((resolve) => {
      // Connections a test left hanging (a held message) are closed with the server.
      for (const connection of (server as unknown as { connections: Set<{ close(): void }> })
        .connections ?? [])
        connection.close();
      server.close(() => resolve());
    });
  return sink;
}

/** One delivery as the receiver saw it. */
export interface Received {
  id: string;
  timestamp: number;
  body: string;
  json: { type: string; timestamp: string; data: Record<string, unknown> };
  verified: boolean;
}

/** A webhook endpoint on loopback that verifies each delivery with the secret it is given. */
export interface Receiver {
  url: string;
  received: Received[];
  secret: string;
  /** Status to answer with, one per delivery in turn (then 200). */
  answers: number[];
  /** The receiver's own clock for the replay window. */
  now: () => number;
  close(): Promise<void>;
}

const read = (request: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (text += chunk));
    request.on('end', () => resolve(text));
  });

export async function startReceiver(): Promise<Receiver> {
  const receiver: Receiver = {
    url: '',
    received: [],
    secret: '',
    answers: [],
    now: Date.now,
    close: async () => undefined,
  };
  const server: Server = createServer(async (request, response) => {
    const body = await read(request);
    const headers = new Headers(request.headers as Record<string, string>);
    receiver.received.push({
      id: headers.get('webhook-id') ?? '',
      timestamp: Number(headers.get('webhook-timestamp')),
      body,
      json: JSON.parse(body) as Received['json'],
      verified: verifyWebhook(receiver.secret, headers, body, receiver.now()),
    });
    response.statusCode = receiver.answers.shift() ?? 200;
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  receiver.url = `http://127.0.0.1:${port}/hooks`;
  receiver.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return receiver;
}

/** Ana teaches in Berlin every day around the clock, confirms herself, refunds half late. */
export function provider(overrides: Partial<Provider> = {}): Provider {
  return {
    id: 'ana',
    name: 'Ana <Ferreira> & Co',
    timeZone: 'Europe/Berlin',
    services: [
      {
        id: 'lesson',
        name: 'Maths lesson',
        currency: 'EUR',
        durations: [{ minutes: 60, price: 4500 }],
      },
    ],
    policy: {
      minimumNoticeMinutes: 0,
      horizonDays: 60,
      cancellation: { cutoffHours: 24, refundPercent: 50 },
    },
    ...overrides,
  };
}

export const allDay = {
  monday: [{ start: '00:00', end: '24:00' }],
  tuesday: [{ start: '00:00', end: '24:00' }],
  wednesday: [{ start: '00:00', end: '24:00' }],
  thursday: [{ start: '00:00', end: '24:00' }],
  friday: [{ start: '00:00', end: '24:00' }],
  saturday: [{ start: '00:00', end: '24:00' }],
  sunday: [{ start: '00:00', end: '24:00' }],
};

/** A request for Ana's lesson at `start`, priced as the widget would at `now`. */
export function lessonRequest(
  start: string,
  now: number,
  client: CreateBookingRequest['client'] = {
    name: 'Jonas <b>Weber</b>',
    email: 'jonas@example.com',
    timeZone: 'America/New_York',
    locale: 'de-DE',
  },
): CreateBookingRequest {
  const p = provider();
  return {
    providerId: 'ana',
    serviceId: 'lesson',
    start,
    durationMinutes: 60,
    client,
    quote: quote({
      kind: 'one_to_one',
      service: p.services[0]!,
      durationMinutes: 60,
      start,
      now: new Date(now).toISOString(),
    }),
  };
}

/** The next full UTC hour at least `hours` after `now`, as ISO. */
export function hourAfter(now: number, hours: number): string {
  return new Date(Math.ceil((now + hours * HOUR) / HOUR) * HOUR).toISOString();
}

/** A JSON request to an app. */
export function call(
  app: { fetch(request: Request): Response | Promise<Response> },
  method: string,
  path: string,
  options: { token?: string; body?: unknown; key?: string } = {},
): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.key) headers['idempotency-key'] = options.key;
  return Promise.resolve(
    app.fetch(
      new Request(`http://localhost${path}`, {
        method,
        headers,
        ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
      }),
    ),
  );
}

/** The PostgreSQL server of the PostgreSQL tests (`DATABASE_URL`, else the machine's). */
export const postgresUrl = process.env.DATABASE_URL || 'postgres://127.0.0.1:5432/test';

/**
 * Whether PostgreSQL answers at {@link postgresUrl}. When it does not, throws where
 * BOOKING_REQUIRE_POSTGRES=1 (CI), else says in one line that `what` is skipped.
 */
export async function postgresAvailable(what: string): Promise<boolean> {
  const sql = postgres(postgresUrl, { max: 1, connect_timeout: 3, onnotice: () => undefined });
  let reachable = false;
  try {
    await sql`SELECT 1`;
    reachable = true;
  } catch {
    reachable = false;
  } finally {
    await sql.end({ timeout: 1 }).catch(() => undefined);
  }
  if (!reachable) {
    if (process.env.BOOKING_REQUIRE_POSTGRES === '1')
      throw new Error(
        `PostgreSQL at ${postgresUrl} is unreachable and BOOKING_REQUIRE_POSTGRES=1.`,
      );
    console.log(
      `PostgreSQL at ${new URL(postgresUrl).host} is unreachable: ${what} on PostgreSQL are skipped.`,
    );
  }
  return reachable;
}

/** A fresh database on the PostgreSQL server for one run (named after `prefix`); `drop` ends it. */
export async function freshDatabase(
  prefix: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  const admin = postgres(postgresUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    async drop() {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end({ timeout: 5 });
    },
  };
}
