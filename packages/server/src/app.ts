// createApp: the HTTP contract as a Hono app. The router comes from core's table of endpoints:
// for each one it enforces the limits, parses the query and body with the table's schemas, checks
// the token and the Idempotency-Key, runs the endpoint's handler in one store transaction, and
// answers in JSON or problem details. Handlers only decide (with core) and write.
import { Hono, type Context as HonoContext } from 'hono';
import { cors } from 'hono/cors';
import { validate } from '@booking/core';
import {
  COMMON_PROBLEMS,
  endpoints,
  matchEndpoint,
  type EndpointName,
  type EndpointSpec,
} from '@booking/core/contract';
import { ProblemSchema } from '@booking/core/schemas';
import { DEFAULT_LIMITS, parseJson, rateLimiter, readBody, type Limits } from './limits.js';
import { canonicalJson, invalid, problem, sha256, toResponse, type Reply } from './reply.js';
import { HoldConflict, type Store, type Tx } from './store/types.js';
import { hashToken } from './tokens.js';
import {
  Answer,
  type Caller,
  type Context,
  type Handler,
  type HandlerConfig,
} from './handlers/context.js';
import { handlers, alternativesAfterConflict } from './handlers/index.js';

/** Who may call the API from a browser page. */
export interface CorsOptions {
  /** Allowed origins (`https://tutor.example`), or `*` for any (the default: auth is by bearer token, never cookies). */
  origins: '*' | readonly string[];
}

/** Options of {@link createApp}. */
export interface AppOptions {
  store: Store;
  /** The clock, in epoch ms (pin it in tests); default `Date.now`. */
  clock?: () => number;
  /** The path the API answers under (`/api`); default the root. */
  basePath?: string;
  /** Cross-origin access; default any origin. `false` sends no CORS headers. */
  cors?: CorsOptions | false;
  limits?: Limits;
  /** A page where clients manage a booking; `{id}` and `{token}` are filled in. */
  manageUrl?: string;
  /** Read the client's address from `X-Forwarded-For` (behind a proxy you run) for rate limits. */
  trustProxy?: boolean;
  /** How long an offer of freed seats holds them, in minutes (default 24 hours). */
  offerHoldMinutes?: number;
  /** Check every answer against the contract and fail loudly when one breaks it (tests). */
  checkResponses?: boolean;
  /** Called with every unexpected error (a 500); default `console.error`. */
  onError?: (error: unknown, request: Request) => void;
}

const MAX_KEY_LENGTH = 255;
const ALLOWED_HEADERS = [
  'Authorization',
  'Content-Type',
  'Idempotency-Key',
  'If-None-Match',
  'If-Match',
];
const EXPOSED_HEADERS = ['ETag', 'Location', 'Retry-After', 'Idempotent-Replayed'];

/** `/providers/{providerId}` → `/providers/:providerId`. */
const honoPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

function basePathOf(path: string | undefined): string {
  const trimmed = (path ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}` : '';
}

/** The bearer token of a request, if it sent one. */
function bearer(request: Request): string | undefined {
  const header = request.headers.get('authorization') ?? '';
  return /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
}

async function callerOf(tx: Tx, token: string | undefined): Promise<Caller> {
  if (!token) return { kind: 'anonymous' };
  const hash = await hashToken(token);
  const providerId = await tx.providerIdByToken(hash);
  if (providerId) return { kind: 'provider', providerId };
  const target = await tx.manageTarget(hash);
  return target ? { kind: 'manage', target } : { kind: 'unknown' };
}

/** Whose key it is: the endpoint, and the provider or the thing created for. */
function keyScope(name: EndpointName, params: Record<string, string>, body: unknown): string {
  if (name === 'createBooking')
    return `${name}:provider:${String((body as { providerId?: unknown }).providerId)}`;
  const target = Object.entries(params)
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  return `${name}:${target}`;
}

/** The answers a retry may replay: everything but field errors and failures, which it may cure. */
const remembered = (reply: Reply) => reply.status < 500 && reply.status !== 422;

/**
 * The booking contract as a Hono app: `app.fetch(request)` answers it, in Node (see
 * `@booking/server/node`), a worker, or a page (the mock, under MSW).
 *
 * @example
 * const app = createApp({ store: createMemoryStore(), basePath: '/api', cors: { origins: ['https://tutor.example'] } });
 * const response = await app.fetch(new Request('http://localhost/api/providers'));
 */
export function createApp(options: AppOptions): Hono {
  const clock = options.clock ?? Date.now;
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const basePath = basePathOf(options.basePath);
  const config: HandlerConfig = {
    manageUrl: options.manageUrl,
    basePath,
    offerHoldMinutes: options.offerHoldMinutes ?? 24 * 60,
  };
  const creates = rateLimiter(limits.createsPerMinute, limits.createBurst, clock);
  const onError = options.onError ?? ((error: unknown) => console.error(error));
  const app = new Hono().basePath(basePath);

  if (options.cors !== false) {
    const origins = options.cors?.origins ?? '*';
    app.use(
      '*',
      cors({
        origin: origins === '*' ? '*' : [...origins],
        allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
        allowHeaders: ALLOWED_HEADERS,
        exposeHeaders: EXPOSED_HEADERS,
        maxAge: 600,
      }),
    );
  }

  /** The client's address for rate limits. */
  function clientOf(c: HonoContext): string {
    if (options.trustProxy) {
      const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
      if (forwarded) return forwarded;
    }
    const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
    return env?.incoming?.socket?.remoteAddress ?? 'local';
  }

  /** Reads and checks everything about a request that needs no store. */
  async function prepare(name: EndpointName, spec: EndpointSpec, c: HonoContext) {
    const request = c.req.raw;
    const url = new URL(request.url);
    const query = spec.query
      ? validate(spec.query, Object.fromEntries(url.searchParams))
      : undefined;
    if (query && !query.ok) throw new Answer(invalid(query.errors));
    let body: unknown;
    let raw: unknown;
    if (spec.body) {
      const type = request.headers.get('content-type');
      const text = await readBody(request, limits.bodyBytes);
      if (text === undefined)
        throw new Answer(
          problem(
            'payload_too_large',
            `The body is larger than ${limits.bodyBytes} bytes; send less.`,
          ),
        );
      if (text.trim() && type && !/^application\/(?:[\w.+-]*\+)?json\b/i.test(type))
        throw new Answer(
          problem(
            'unsupported_media_type',
            `The body is ${type}; send JSON with Content-Type: application/json.`,
          ),
        );
      const parsed = text.trim() ? parseJson(text, limits) : { value: {} };
      if ('refused' in parsed)
        throw new Answer(
          parsed.refused === 'too_deep'
            ? problem(
                'bad_request',
                `The body nests ${parsed.depth} levels deep; at most ${parsed.limit} are allowed.`,
              )
            : problem(
                'bad_request',
                'The body is not JSON. Send Content-Type: application/json with a JSON object.',
              ),
        );
      raw = parsed.value;
      const checked = validate(spec.body, raw);
      if (!checked.ok) throw new Answer(invalid(checked.errors));
      body = checked.value;
    }
    let key: string | undefined;
    if (spec.keyed) {
      key = request.headers.get('idempotency-key') ?? undefined;
      if (!key)
        throw new Answer(
          problem(
            'idempotency_key_required',
            'Send an Idempotency-Key header: a fresh UUID per thing to create, the same one when retrying.',
          ),
        );
      if (key.length > MAX_KEY_LENGTH)
        throw new Answer(
          problem(
            'bad_request',
            `The Idempotency-Key has ${key.length} characters; use at most ${MAX_KEY_LENGTH} (a UUID is 36).`,
          ),
        );
      const wait = creates.take(clientOf(c));
      if (wait > 0)
        throw new Answer(
          problem(
            'rate_limited',
            `Too many creates from this client; try again in ${Math.ceil(wait / 1000)} s.`,
            {},
            { 'retry-after': String(Math.ceil(wait / 1000)) },
          ),
        );
    }
    const token = bearer(request);
    if (spec.auth !== 'none' && !token)
      throw new Answer(
        problem(
          'unauthorized',
          spec.auth === 'provider'
            ? 'This endpoint needs the provider\'s token: send "Authorization: Bearer <token>".'
            : 'This needs the manage token from the booking confirmation (or the provider\'s token): send "Authorization: Bearer <token>".',
        ),
      );
    const params = c.req.param() as Record<string, string>;
    const fingerprint = spec.keyed ? await sha256(canonicalJson(raw)) : '';
    return { request, query: query?.value, body, token, key, params, fingerprint, name };
  }

  /** Runs one endpoint: prepare, then the handler in one transaction. */
  async function run(name: EndpointName, spec: EndpointSpec, c: HonoContext): Promise<Reply> {
    const prepared = await prepare(name, spec, c);
    const handler = handlers[name] as Handler<EndpointName>;
    const now = clock();
    const scope = prepared.key ? keyScope(name, prepared.params, prepared.body) : '';
    try {
      // A GET only reads: no transaction needed where the store can skip one.
      const inStore = <T>(work: (tx: Tx) => Promise<T>) =>
        spec.method === 'GET' ? options.store.read(work) : options.store.transaction(work);
      return await inStore(async (tx): Promise<Reply> => {
        const context: Context = {
          tx,
          now,
          nowIso: new Date(now).toISOString(),
          params: prepared.params,
          query: prepared.query as never,
          body: prepared.body as never,
          caller: await callerOf(tx, prepared.token),
          token: prepared.token,
          request: prepared.request,
          config,
        };
        if (prepared.key) {
          const claim = await tx.claimKey(scope, prepared.key, prepared.fingerprint);
          if (!claim.claimed) {
            if (claim.fingerprint !== prepared.fingerprint)
              return problem(
                'idempotency_conflict',
                'This Idempotency-Key was already used for a different request. Use a new key for a new request.',
              );
            if (claim.reply)
              return {
                ...claim.reply,
                headers: { ...claim.reply.headers, 'idempotent-replayed': 'true' },
              };
          }
        }
        // An Answer thrown inside rolls the transaction back; it is answered below.
        const reply = await handler(context);
        if (prepared.key) {
          if (remembered(reply)) await tx.completeKey(scope, prepared.key, reply);
          else await tx.releaseKey(scope, prepared.key);
        }
        return reply;
      });
    } catch (error) {
      if (error instanceof Answer) return error.reply;
      if (error instanceof HoldConflict)
        return alternativesAfterConflict(options.store, name, prepared, now, error.message);
      throw error;
    }
  }

  /** With `checkResponses`: an answer outside the contract is a bug, said loudly. */
  function check(name: EndpointName, spec: EndpointSpec, reply: Reply): void {
    if (!options.checkResponses || reply.status === 304) return;
    if (reply.status < 400) {
      const schema = spec.responses[reply.status];
      if (schema === undefined)
        throw new Error(`${name} answered ${reply.status}, which the contract does not list.`);
      if (schema) {
        const result = validate(schema, reply.body);
        if (!result.ok) throw new Error(`${name} answered outside the contract: ${result.message}`);
      }
      return;
    }
    const result = validate(ProblemSchema, reply.body);
    if (!result.ok) throw new Error(`${name} answered a malformed problem: ${result.message}`);
    const code = result.value.code as never;
    if (![...spec.problems, ...COMMON_PROBLEMS].includes(code))
      throw new Error(
        `${name} answered the problem "${String(code)}", which the contract does not list for it.`,
      );
  }

  for (const name of Object.keys(endpoints) as EndpointName[]) {
    const spec: EndpointSpec = endpoints[name];
    app.on(spec.method, honoPath(spec.path), async (c) => {
      let reply: Reply;
      try {
        reply = await run(name, spec, c);
      } catch (error) {
        if (error instanceof Answer) reply = error.reply;
        else {
          onError(error, c.req.raw);
          reply = problem('server_error', 'The server failed unexpectedly. Try again later.');
        }
      }
      check(name, spec, reply);
      return toResponse(reply);
    });
  }

  app.notFound((c) => {
    const path = new URL(c.req.url).pathname.slice(basePath.length) || '/';
    const match = matchEndpoint(c.req.method, path);
    if (match === 'method') {
      const allowed = (Object.values(endpoints) as EndpointSpec[])
        .filter(
          (e) =>
            matchEndpoint(e.method, path) !== undefined &&
            matchEndpoint(e.method, path) !== 'method',
        )
        .map((e) => e.method);
      return toResponse(
        problem(
          'method_not_allowed',
          `${path} does not take ${c.req.method}.`,
          {},
          { allow: allowed.join(', ') },
        ),
      );
    }
    return toResponse(problem('not_found', `There is no endpoint ${c.req.method} ${path}.`));
  });

  app.onError((error, c) => {
    onError(error, c.req.raw);
    return toResponse(problem('server_error', 'The server failed unexpectedly. Try again later.'));
  });

  return app;
}
