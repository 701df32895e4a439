/**
 * @booking/core/openapi: the HTTP contract as an OpenAPI 3.1 document, generated from the zod
 * schemas the client and the mock validate with, so the document cannot drift from the code.
 * `npm run openapi` writes it to `docs/openapi.json`; a test fails when that file is stale.
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import { SlotSchema } from './schemas/availability.js';
import { BookingSchema, ClientDetailsSchema, WaitlistEntrySchema } from './schemas/booking.js';
import {
  ActionRequestSchema,
  AvailabilityInputSchema,
  AvailabilityResponseSchema,
  CancelBookingRequestSchema,
  CreateBookingRequestSchema,
  CreatedBookingSchema,
  FieldErrorSchema,
  GroupEventInputSchema,
  GroupEventPageSchema,
  GroupEventPatchSchema,
  GroupRegistrationRequestSchema,
  PROBLEM_CODES,
  ProblemSchema,
  ProviderBookingsPageSchema,
  ProviderPageSchema,
  RescheduleBookingRequestSchema,
  WaitlistedSchema,
} from './schemas/contract.js';
import { QuoteSchema } from './schemas/pricing.js';
import { GroupEventSchema, ProviderSchema, ServiceSchema } from './schemas/provider.js';

const components: Record<string, z.ZodMiniType> = {
  Provider: ProviderSchema,
  Service: ServiceSchema,
  ProviderPage: ProviderPageSchema,
  AvailabilityResponse: AvailabilityResponseSchema,
  AvailabilityInput: AvailabilityInputSchema,
  GroupEvent: GroupEventSchema,
  GroupEventPage: GroupEventPageSchema,
  GroupEventInput: GroupEventInputSchema,
  GroupEventPatch: GroupEventPatchSchema,
  ClientDetails: ClientDetailsSchema,
  Quote: QuoteSchema,
  Slot: SlotSchema,
  CreateBookingRequest: CreateBookingRequestSchema,
  CreatedBooking: CreatedBookingSchema,
  GroupRegistrationRequest: GroupRegistrationRequestSchema,
  Waitlisted: WaitlistedSchema,
  WaitlistEntry: WaitlistEntrySchema,
  Booking: BookingSchema,
  CancelBookingRequest: CancelBookingRequestSchema,
  RescheduleBookingRequest: RescheduleBookingRequestSchema,
  ActionRequest: ActionRequestSchema,
  ProviderBookingsPage: ProviderBookingsPageSchema,
  FieldError: FieldErrorSchema,
  Problem: ProblemSchema,
};

type Auth = 'none' | 'provider' | 'manage';
interface Operation {
  method: 'get' | 'post' | 'put' | 'patch';
  path: string;
  id: string;
  summary: string;
  auth: Auth;
  idempotent?: boolean;
  query?: [name: string, description: string][];
  body?: string;
  ok: [status: number, schema: string | undefined, description: string][];
  errors: number[];
}

const page: [string, string][] = [
  ['cursor', 'The nextCursor of the previous page.'],
  ['limit', 'Items per page, 1 to 100 (default 20).'],
];
const price: [string, string][] = [
  ['currency', 'ISO-4217 code; required with a price range.'],
  ['minPrice', 'Lowest price, in minor units of currency.'],
  ['maxPrice', 'Highest price, in minor units of currency.'],
];

const operations: Operation[] = [
  {
    method: 'get',
    path: '/providers',
    id: 'listProviders',
    summary: 'List providers, with search and filters.',
    auth: 'none',
    query: [
      ['q', 'Words of the name, headline or bio.'],
      ['specialization', 'A specialization, exactly.'],
      ['subject', 'A subject taught, exactly.'],
      ['jobTitle', 'Words of the headline.'],
      ['kind', 'one_to_one or group.'],
      ...price,
      ...page,
    ],
    ok: [[200, 'ProviderPage', 'A page of providers.']],
    errors: [422],
  },
  {
    method: 'get',
    path: '/providers/{providerId}',
    id: 'getProvider',
    summary: 'A provider: profile, zone, services and rates, group prices, booking policy.',
    auth: 'none',
    ok: [[200, 'Provider', 'The provider.']],
    errors: [404],
  },
  {
    method: 'get',
    path: '/providers/{providerId}/availability',
    id: 'getAvailability',
    summary:
      'Weekly windows, date overrides and busy intervals of a window (never computed slots). Answers carry an ETag; send If-None-Match to get 304 when nothing changed.',
    auth: 'none',
    query: [
      ['from', 'Start of the window, an ISO-8601 instant (required).'],
      ['to', 'End of the window, at most 366 days later (required).'],
    ],
    ok: [
      [200, 'AvailabilityResponse', 'The rules and busy time.'],
      [304, undefined, 'Unchanged since the ETag sent in If-None-Match.'],
    ],
    errors: [404, 422],
  },
  {
    method: 'put',
    path: '/providers/{providerId}/availability',
    id: 'replaceAvailability',
    summary: 'Replace the weekly windows and date overrides.',
    auth: 'provider',
    body: 'AvailabilityInput',
    ok: [[200, 'AvailabilityInput', 'What is stored now.']],
    errors: [401, 403, 404, 422],
  },
  {
    method: 'get',
    path: '/providers/{providerId}/bookings',
    id: 'listProviderBookings',
    summary: 'The provider’s bookings, filtered, with counts per status.',
    auth: 'provider',
    query: [
      ['status', 'One status or several, comma-separated.'],
      ['from', 'Bookings starting at or after this instant.'],
      ['to', 'Bookings starting before this instant.'],
      ['client', 'Words of the client’s name or email.'],
      ...page,
    ],
    ok: [[200, 'ProviderBookingsPage', 'A page of bookings and the counts.']],
    errors: [401, 403, 404, 422],
  },
  {
    method: 'post',
    path: '/providers/{providerId}/events',
    id: 'createEvent',
    summary: 'Create a group event.',
    auth: 'provider',
    idempotent: true,
    body: 'GroupEventInput',
    ok: [[201, 'GroupEvent', 'The event.']],
    errors: [400, 401, 403, 404, 422],
  },
  {
    method: 'get',
    path: '/events',
    id: 'listEvents',
    summary: 'Upcoming public group events.',
    auth: 'none',
    query: [
      ['providerId', 'One provider’s events.'],
      ['tag', 'Events with this tag.'],
      ['q', 'Words of the title or description.'],
      ['from', 'Events starting at or after this instant (default: now).'],
      ['to', 'Events starting before this instant.'],
      ['hasSeats', 'true: only events with seats left.'],
      ...price,
      ...page,
    ],
    ok: [[200, 'GroupEventPage', 'A page of events, seats as they are now.']],
    errors: [422],
  },
  {
    method: 'get',
    path: '/events/{eventId}',
    id: 'getEvent',
    summary: 'One group event with its seats taken and capacity.',
    auth: 'none',
    ok: [[200, 'GroupEvent', 'The event.']],
    errors: [404],
  },
  {
    method: 'patch',
    path: '/events/{eventId}',
    id: 'updateEvent',
    summary: 'Change an event (the capacity never below the seats taken).',
    auth: 'provider',
    body: 'GroupEventPatch',
    ok: [[200, 'GroupEvent', 'The event.']],
    errors: [401, 403, 404, 409, 422],
  },
  {
    method: 'post',
    path: '/events/{eventId}/cancel',
    id: 'cancelEvent',
    summary: 'Cancel an event: every registration is cancelled and refunded.',
    auth: 'provider',
    ok: [[200, 'GroupEvent', 'The cancelled event.']],
    errors: [401, 403, 404, 409],
  },
  {
    method: 'post',
    path: '/events/{eventId}/registrations',
    id: 'register',
    summary:
      'Take seats. 409 event_full offers the waitlist; with waitlist: true the answer is 202 and a place in line.',
    auth: 'none',
    idempotent: true,
    body: 'GroupRegistrationRequest',
    ok: [
      [201, 'CreatedBooking', 'The registration and its manage token.'],
      [202, 'Waitlisted', 'On the waitlist.'],
    ],
    errors: [400, 404, 409, 422],
  },
  {
    method: 'post',
    path: '/bookings',
    id: 'createBooking',
    summary:
      'Book a one-to-one session. 409 slot_unavailable carries alternatives; 409 price_changed the fresh quote.',
    auth: 'none',
    idempotent: true,
    body: 'CreateBookingRequest',
    ok: [[201, 'CreatedBooking', 'The booking and its manage token.']],
    errors: [400, 404, 409, 422],
  },
  {
    method: 'get',
    path: '/bookings/{bookingId}',
    id: 'getBooking',
    summary: 'A booking, with its manage token or the provider’s token.',
    auth: 'manage',
    ok: [[200, 'Booking', 'The booking.']],
    errors: [401, 403, 404],
  },
  {
    method: 'post',
    path: '/bookings/{bookingId}/cancel',
    id: 'cancelBooking',
    summary: 'Cancel, with a reason; the refund follows the cancellation policy.',
    auth: 'manage',
    body: 'CancelBookingRequest',
    ok: [[200, 'Booking', 'The cancelled booking.']],
    errors: [401, 403, 404, 409, 422],
  },
  {
    method: 'post',
    path: '/bookings/{bookingId}/reschedule',
    id: 'rescheduleBooking',
    summary: 'Move to a new start: same booking, same price, a history entry.',
    auth: 'manage',
    body: 'RescheduleBookingRequest',
    ok: [[200, 'Booking', 'The moved booking.']],
    errors: [401, 403, 404, 409, 422],
  },
  ...(['confirm', 'decline', 'start', 'complete', 'no-show'] as const).map((action): Operation => ({
    method: 'post',
    path: `/bookings/{bookingId}/${action}`,
    id: `${action.replace('-', '')}Booking`,
    summary: `The provider’s ${action} step of the lifecycle.`,
    auth: 'provider',
    body: 'ActionRequest',
    ok: [[200, 'Booking', 'The booking after the step.']],
    errors: [401, 403, 404, 409],
  })),
];

const errorText: Record<number, string> = {
  400: 'The body is not JSON, or the Idempotency-Key header is missing (problem details).',
  401: 'No token, or an unknown one (problem details).',
  403: 'A token for someone else’s data (problem details).',
  404: 'No such provider, event or booking (problem details).',
  409: 'slot_unavailable, price_changed, event_full, event_closed or transition_refused (problem details).',
  422: 'Field errors, each naming its field; or idempotency_conflict (problem details).',
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/**
 * The OpenAPI 3.1 document of the HTTP contract.
 *
 * @example
 * writeFileSync('docs/openapi.json', JSON.stringify(openApiDocument(), null, 2));
 */
export function openApiDocument(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(components)) registry.add(schema, { id });
  const generated = z.toJSONSchema(registry, {
    io: 'input',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, Record<string, unknown>> };
  const schemas = Object.fromEntries(
    Object.entries(generated.schemas).map(([id, schema]) => {
      const { $schema: _schema, $id: _id, ...rest } = schema;
      return [id, rest];
    }),
  );
  (schemas.Problem as { properties: Record<string, unknown> }).properties.code = {
    type: 'string',
    enum: [...PROBLEM_CODES],
  };

  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const parameters: unknown[] = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    for (const [name, description] of op.query ?? [])
      parameters.push({
        name,
        in: 'query',
        required: false,
        description,
        schema: { type: 'string' },
      });
    if (op.idempotent)
      parameters.push({
        name: 'Idempotency-Key',
        in: 'header',
        required: true,
        description:
          'One key per thing to create; a retry with the same key and body replays the first answer, with another body it is refused.',
        schema: { type: 'string', maxLength: 255 },
      });
    const responses: Record<string, unknown> = {};
    for (const [status, schema, description] of op.ok)
      responses[status] = schema
        ? { description, content: { 'application/json': { schema: ref(schema) } } }
        : { description };
    for (const status of op.errors)
      responses[status] = {
        description: errorText[status],
        content: { 'application/problem+json': { schema: ref('Problem') } },
      };
    responses['5XX'] = {
      description: 'The server failed; retry later (reads and keyed creates are safe to retry).',
      content: { 'application/problem+json': { schema: ref('Problem') } },
    };
    paths[op.path] ??= {};
    paths[op.path]![op.method] = {
      operationId: op.id,
      summary: op.summary,
      ...(parameters.length ? { parameters } : {}),
      ...(op.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: ref(op.body) } },
            },
          }
        : {}),
      responses,
      security:
        op.auth === 'none'
          ? []
          : op.auth === 'provider'
            ? [{ providerToken: [] }]
            : [{ manageToken: [] }, { providerToken: [] }],
    };
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'Booking HTTP contract',
      version: '1.0.0',
      description:
        'What a backend implements so that <booking-widget> and <group-event-list> can use it. Amounts are integer minor units, instants ISO-8601. See docs/http-contract.md.',
    },
    paths,
    components: {
      schemas,
      securitySchemes: {
        providerToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'A provider’s token: its own data only.',
        },
        manageToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'The manage token returned when a booking was created: that booking only.',
        },
      },
    },
  };
}
