// What every handler gets, and the checks several share: who is calling, cursors, seat views.
import { seatState, type Booking, type GroupEvent } from '@booking/core';
import type { BodyOf, EndpointName, QueryOf } from '@booking/core/contract';
import { problem, type Reply } from '../reply.js';
import type { ManageTarget, Tx } from '../store/types.js';

/** Who sent a request, from its bearer token. */
export type Caller =
  | { kind: 'anonymous' }
  | { kind: 'provider'; providerId: string }
  | { kind: 'manage'; target: ManageTarget }
  /** A token that is neither a provider's nor a manage token. */
  | { kind: 'unknown' };

/** Settings handlers read. */
export interface HandlerConfig {
  /** Where clients manage a booking: `{id}` and `{token}` are filled in. */
  manageUrl?: string | undefined;
  /** The API's base path, for Location headers (`/api`). */
  basePath: string;
  /** How long an offer of freed seats holds them, in minutes. */
  offerHoldMinutes: number;
}

/** The parsed request of endpoint `K` and what it runs in. */
export interface Context<K extends EndpointName = EndpointName> {
  tx: Tx;
  /** The current instant, epoch ms and ISO. */
  now: number;
  nowIso: string;
  params: Record<string, string>;
  query: QueryOf<K>;
  body: BodyOf<K>;
  caller: Caller;
  /** The bearer token as sent (a manage token is handed back when an offer is accepted). */
  token: string | undefined;
  request: Request;
  config: HandlerConfig;
}

/** A handler: one endpoint's work inside its transaction. */
export type Handler<K extends EndpointName> = (context: Context<K>) => Promise<Reply>;

/** Thrown to answer at once with a problem (inside a handler, it rolls the transaction back). */
export class Answer extends Error {
  constructor(readonly reply: Reply) {
    super(`answered ${reply.status}`);
  }
}

/** Answers with `reply` from anywhere in a handler. */
export const answer = (reply: Reply): never => {
  throw new Answer(reply);
};

/**
 * Only the provider `providerId` itself: 401 without a known token, 403 with a manage token or
 * another provider's.
 */
export function requireProvider(context: Context, providerId: string): void {
  const { caller } = context;
  if (caller.kind === 'provider' && caller.providerId === providerId) return;
  if (caller.kind === 'anonymous')
    answer(
      problem(
        'unauthorized',
        'This endpoint needs the provider\'s token: send "Authorization: Bearer <token>".',
      ),
    );
  if (caller.kind === 'unknown')
    answer(problem('unauthorized', 'The token is not known. Check it, or ask for a new one.'));
  if (caller.kind === 'manage')
    answer(
      problem(
        'forbidden',
        "A manage token opens one booking; changing a provider's data needs the provider's token.",
      ),
    );
  answer(
    problem(
      'forbidden',
      `This token belongs to another provider and cannot touch "${providerId}".`,
    ),
  );
}

/**
 * Who may manage this booking: its client (its manage token) or its provider. Anyone else is
 * told the booking does not exist, exactly as for an unknown id, so ids cannot be probed.
 */
export function manageActor(
  context: Context,
  booking: Booking | undefined,
  id: string,
): 'client' | 'provider' {
  const { caller } = context;
  if (booking) {
    if (caller.kind === 'provider' && caller.providerId === booking.providerId) return 'provider';
    if (
      caller.kind === 'manage' &&
      caller.target.kind === 'booking' &&
      caller.target.id === booking.id
    )
      return 'client';
  }
  return answer(problem('booking_not_found', `There is no booking "${id}" that this token opens.`));
}

/** The seats an event shows now: taken by registrations plus held by open waitlist offers. */
export async function withSeats(
  tx: Tx,
  events: readonly GroupEvent[],
  now: string,
): Promise<GroupEvent[]> {
  if (!events.length) return [];
  const ids = events.map((e) => e.id);
  const [registrations, waitlist] = await Promise.all([tx.registrations(ids), tx.waitlists(ids)]);
  return events.map((event) => {
    const seats = seatState(event, { registrations, waitlist, now });
    return { ...event, seatsTaken: Math.min(event.capacity, seats.taken + seats.held) };
  });
}

const toBase64Url = (text: string) => {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};
const fromBase64Url = (text: string) => {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
};

const badCursor = () =>
  answer(
    problem(
      'validation_failed',
      'cursor: The cursor is not one this server gave out. Start again without it.',
      {
        errors: [
          {
            field: 'cursor',
            code: 'invalid_value',
            message: 'The cursor is not one this server gave out. Start again without it.',
          },
        ],
      },
    ),
  );

/** Sort keys of a list's items; a page's cursor holds the last item's. */
type Keys = (string | number)[];

function decodeCursor(text: string, length: number): Keys {
  try {
    const keys: unknown = JSON.parse(fromBase64Url(text));
    if (
      Array.isArray(keys) &&
      keys.length === length &&
      keys.every((k) => typeof k === 'string' || typeof k === 'number')
    )
      return keys as Keys;
  } catch {
    // Answered below as a field error.
  }
  return badCursor();
}

const compareKeys = (a: Keys, b: Keys) => {
  for (let i = 0; i < a.length; i++) {
    if (a[i]! < b[i]!) return -1;
    if (a[i]! > b[i]!) return 1;
  }
  return 0;
};

/**
 * One page of `items` (already sorted by `keys`): those after the cursor's keys, at most `limit`
 * (default 20). Cursors are keys, not offsets, so a page never repeats or skips an item when
 * others are added meanwhile, and every cursor moves forward.
 */
export function page<T>(
  items: readonly T[],
  keys: (item: T) => Keys,
  keyCount: number,
  query: { cursor?: string | null | undefined; limit?: number | null | undefined },
): { items: T[]; nextCursor: string | null } {
  const limit = query.limit ?? 20;
  const after = query.cursor == null ? undefined : decodeCursor(query.cursor, keyCount);
  const start = after ? items.findIndex((item) => compareKeys(keys(item), after) > 0) : 0;
  const rest = start < 0 ? [] : items.slice(start);
  const slice = rest.slice(0, limit);
  const last = slice[slice.length - 1];
  return {
    items: slice,
    nextCursor:
      rest.length > limit && last !== undefined ? toBase64Url(JSON.stringify(keys(last))) : null,
  };
}
