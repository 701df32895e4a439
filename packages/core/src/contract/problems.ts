// Every problem code of the contract with its HTTP status and title: servers answer with these,
// the client maps statuses to typed errors, the OpenAPI document lists them.

/** Problem codes, each with the one status it is answered with and its RFC 9457 title. */
export const PROBLEMS = {
  bad_request: { status: 400, title: 'The request cannot be read' },
  idempotency_key_required: { status: 400, title: 'An Idempotency-Key header is required' },
  unauthorized: { status: 401, title: 'A token is required' },
  forbidden: { status: 403, title: 'This token cannot do that' },
  not_found: { status: 404, title: 'Not found' },
  provider_not_found: { status: 404, title: 'No such provider' },
  booking_not_found: { status: 404, title: 'No such booking' },
  event_not_found: { status: 404, title: 'No such event' },
  waitlist_entry_not_found: { status: 404, title: 'No such waitlist entry' },
  method_not_allowed: { status: 405, title: 'The endpoint does not take this method' },
  slot_unavailable: { status: 409, title: 'That time is no longer available' },
  price_changed: { status: 409, title: 'The price has changed' },
  event_full: { status: 409, title: 'Not enough seats left' },
  event_closed: { status: 409, title: 'The event takes no more registrations' },
  transition_refused: { status: 409, title: 'That step is not possible now' },
  precondition_failed: { status: 412, title: 'Someone else changed it first' },
  payload_too_large: { status: 413, title: 'The body is too large' },
  unsupported_media_type: { status: 415, title: 'Send JSON' },
  validation_failed: { status: 422, title: 'Some fields need fixing' },
  idempotency_conflict: { status: 422, title: 'The key was used for another request' },
  rate_limited: { status: 429, title: 'Too many requests' },
  server_error: { status: 500, title: 'The server failed' },
  unavailable: { status: 503, title: 'The server cannot answer now' },
} as const satisfies Record<string, { status: number; title: string }>;

/** Stable codes of problem details; programs branch on these, people read `detail`. */
export type ProblemCode = keyof typeof PROBLEMS;

/** Every problem code, in the table's order. */
export const PROBLEM_CODES = Object.keys(PROBLEMS) as ProblemCode[];

/** Problems any endpoint may answer (bad bodies, limits, rate limits, failures). */
export const COMMON_PROBLEMS = [
  'bad_request',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'server_error',
  'unavailable',
] as const satisfies readonly ProblemCode[];
