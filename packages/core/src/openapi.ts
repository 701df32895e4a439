/**
 * @booking/core/openapi: the HTTP contract as an OpenAPI 3.1 document, generated from the zod
 * schemas the client and the mock validate with, so the document cannot drift from the code.
 * `npm run openapi` writes it to `docs/openapi.json`; a test fails when that file is stale.
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import { endpoints, summaries, type EndpointSpec } from './contract/endpoints.js';
import { COMMON_PROBLEMS, PROBLEMS, PROBLEM_CODES, type ProblemCode } from './contract/problems.js';
import { SlotSchema } from './schemas/availability.js';
import { BookingSchema, ClientDetailsSchema, WaitlistEntrySchema } from './schemas/booking.js';
import {
  ActionRequestSchema,
  AvailabilityResponseSchema,
  CancelBookingRequestSchema,
  CreateBookingRequestSchema,
  CreatedBookingSchema,
  FieldErrorSchema,
  GroupEventInputSchema,
  GroupEventPageSchema,
  GroupEventPatchSchema,
  GroupRegistrationRequestSchema,
  ProblemSchema,
  ProviderBookingsPageSchema,
  ProviderPageSchema,
  RescheduleBookingRequestSchema,
  ScheduleInputSchema,
  ScheduleSchema,
  WaitlistedSchema,
} from './schemas/contract.js';
import { QuoteSchema } from './schemas/pricing.js';
import { GroupEventSchema, ProviderSchema, ServiceSchema } from './schemas/provider.js';

/** Named schemas of the document; bodies that are one of these are written as a $ref. */
const components: Record<string, z.ZodMiniType> = {
  Provider: ProviderSchema,
  Service: ServiceSchema,
  ProviderPage: ProviderPageSchema,
  AvailabilityResponse: AvailabilityResponseSchema,
  Schedule: ScheduleSchema,
  ScheduleInput: ScheduleInputSchema,
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

  const nameOf = new Map(Object.entries(components).map(([name, schema]) => [schema, name]));
  const schemaOf = (schema: z.ZodMiniType) => {
    const name = nameOf.get(schema);
    if (name) return ref(name);
    const { $schema: _schema, ...rest } = z.toJSONSchema(schema, {
      io: 'input',
      unrepresentable: 'any',
    }) as Record<string, unknown>;
    return rest;
  };
  const problemResponse = (codes: readonly ProblemCode[]) => ({
    description: codes.map((code) => `${code}: ${PROBLEMS[code].title}.`).join(' '),
    content: { 'application/problem+json': { schema: ref('Problem') } },
  });

  const paths: Record<string, Record<string, unknown>> = {};
  for (const [id, e] of Object.entries(endpoints) as [string, EndpointSpec][]) {
    const parameters: unknown[] = [...e.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string', pattern: '^\\S{1,128}$' },
    }));
    if (e.query) {
      const query = schemaOf(e.query) as {
        properties?: Record<string, { description?: string }>;
        required?: string[];
      };
      for (const [name, property] of Object.entries(query.properties ?? {})) {
        // An optional value that may also be null is, in a query string, simply absent.
        const options = (property as { anyOf?: { type?: string }[] }).anyOf;
        const schema =
          options?.length === 2 && options[1]?.type === 'null'
            ? (options[0] as { description?: string })
            : property;
        const { description, ...rest } = schema as {
          description?: string;
          type?: string;
          anyOf?: unknown;
        };
        // A parameter typed by its metadata (integer, boolean, list) is written as text on the
        // wire; the union of what the client may pass is not the wire's type.
        if (rest.type && rest.anyOf) delete rest.anyOf;
        parameters.push({
          name,
          in: 'query',
          required: query.required?.includes(name) ?? false,
          ...(description ? { description } : {}),
          schema: rest,
        });
      }
    }
    if (e.keyed)
      parameters.push({
        name: 'Idempotency-Key',
        in: 'header',
        required: true,
        description:
          'One key per thing to create (1 to 255 characters); a retry with the same key and body replays the first answer, with another body it is refused (422 idempotency_conflict). Keys are scoped to the caller and the endpoint.',
        schema: { type: 'string', minLength: 1, maxLength: 255 },
      });
    if (e.etag)
      parameters.push({
        name: 'If-None-Match',
        in: 'header',
        required: false,
        description: 'The ETag of an earlier answer: 304 when nothing changed.',
        schema: { type: 'string' },
      });
    if (e.ifMatch)
      parameters.push({
        name: 'If-Match',
        in: 'header',
        required: false,
        description:
          'The version read before editing (quoted): 412 precondition_failed when someone saved since.',
        schema: { type: 'string' },
      });
    const responses: Record<string, unknown> = {};
    for (const [status, schema] of Object.entries(e.responses))
      responses[status] = schema
        ? {
            description: e.outcomes?.[Number(status)] ?? 'OK',
            content: { 'application/json': { schema: schemaOf(schema) } },
            ...(e.etag ? { headers: { ETag: { schema: { type: 'string' } } } } : {}),
          }
        : { description: 'OK' };
    if (e.etag) responses[304] = { description: 'Unchanged since the ETag sent in If-None-Match.' };
    const byStatus = new Map<number, ProblemCode[]>();
    for (const code of [...e.problems, ...COMMON_PROBLEMS]) {
      const { status } = PROBLEMS[code];
      byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
    }
    for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b))
      responses[status] = problemResponse(codes);
    const path = e.path;
    paths[path] ??= {};
    paths[path]![e.method.toLowerCase()] = {
      operationId: id,
      summary: summaries[id as keyof typeof summaries],
      ...(parameters.length ? { parameters } : {}),
      ...(e.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: schemaOf(e.body) } },
            },
          }
        : {}),
      responses,
      security:
        e.auth === 'none'
          ? []
          : e.auth === 'provider'
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
        'What a backend implements so that the booking elements can use it. Amounts are integer minor units, instants ISO-8601. Every error is problem details (RFC 9457) with a stable code. Browsers call it cross-origin: CORS preflight allows Authorization, Content-Type, Idempotency-Key, If-None-Match and If-Match, and ETag, Location, Retry-After and Idempotent-Replayed are exposed. See docs/http-contract.md.',
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
