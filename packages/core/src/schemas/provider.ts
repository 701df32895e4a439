// A provider's public profile: who they are, their zone, the services they sell and how, their
// booking policy; and the group events they run.
import * as z from 'zod/mini';
import { messages, pricingMessages } from '../messages.js';
import { servicePricingProblems } from '../pricing/validate.js';
import { InstantSchema, SlotPolicySchema, TimeZoneSchema } from './availability.js';
import {
  IdSchema,
  LIMITS,
  optional,
  PercentSchema,
  UrlSchema,
  labels,
  text,
  wholeMinutes,
  wholeNumber,
} from './fields.js';
import { GroupPricingSchema, servicePricingShape } from './pricing.js';

/** An extra question the provider asks in the booking form. */
export const QuestionSchema = z.object({
  id: IdSchema,
  label: text('label', 200),
  /** `text` is one line, `textarea` several, `select` one of `options`, `checkbox` a yes/no. */
  kind: z.enum(['text', 'textarea', 'select', 'checkbox']),
  required: optional(z.boolean()),
  options: optional(z.array(text('option', 120))),
  /** Longest answer for text questions (default 500, at most 5000). */
  maxLength: optional(wholeNumber('maxLength', 1, 5000)),
  help: optional(text('help', 300, false)),
});
/** An extra question the provider asks in the booking form. */
export type Question = z.infer<typeof QuestionSchema>;

/** Something a provider sells one-to-one: its lengths and prices, discounts and form questions. */
export const ServiceSchema = z
  .object({
    id: IdSchema,
    name: text('name', 120),
    description: optional(text('description', 5000, false)),
    ...servicePricingShape,
    questions: optional(z.array(QuestionSchema)),
  })
  .check(
    z.superRefine((service, ctx) => {
      for (const p of servicePricingProblems(service)) ctx.addIssue({ code: 'custom', ...p });
      const ids = new Set<string>();
      service.questions?.forEach((q, i) => {
        if (ids.has(q.id))
          ctx.addIssue({
            code: 'custom',
            path: ['questions', i, 'id'],
            message: pricingMessages.duplicateQuestion(q.id),
            params: { code: 'duplicate_question' },
          });
        ids.add(q.id);
        if (q.kind === 'select' && !q.options?.length)
          ctx.addIssue({
            code: 'custom',
            path: ['questions', i, 'options'],
            message: pricingMessages.questionWithoutOptions(q.id),
            params: { code: 'question_without_options' },
          });
      });
    }),
  );
/** Something a provider sells one-to-one: its lengths and prices, discounts and form questions. */
export type Service = z.infer<typeof ServiceSchema>;

/** Refunds when a booking is cancelled (docs/design.md, Lifecycle). */
export const CancellationPolicySchema = z.object({
  /** A client who cancels at least this many hours before the start gets everything back. */
  cutoffHours: wholeNumber('cutoffHours', 0, 24 * 365),
  /** The share refunded to a client who cancels later. */
  refundPercent: PercentSchema('refundPercent', true),
});
/** Refunds when a booking is cancelled (docs/design.md, Lifecycle). */
export type CancellationPolicy = z.infer<typeof CancellationPolicySchema>;

/** How a provider takes bookings: the slot rules (without a length: services set it) and more. */
export const BookingPolicySchema = z.object({
  ...z.omit(SlotPolicySchema, { durationMinutes: true }).shape,
  /** Bookings start `pending` until the provider confirms or declines them. */
  requiresApproval: optional(z.boolean()),
  cancellation: optional(CancellationPolicySchema),
});
/** How a provider takes bookings: the slot rules (without a length: services set it) and more. */
export type BookingPolicy = z.infer<typeof BookingPolicySchema>;

/** A provider's public profile. */
export const ProviderSchema = z.object({
  id: IdSchema,
  name: text('name', 120),
  /** Job title or one-line headline. */
  headline: optional(text('headline', 160, false)),
  bio: optional(text('bio', 5000, false)),
  avatarUrl: optional(UrlSchema),
  specializations: optional(labels('specializations')),
  /** Subjects taught (tutors). */
  subjects: optional(labels('subjects')),
  languages: optional(labels('languages')),
  /** The zone the provider's availability is written in. */
  timeZone: TimeZoneSchema,
  services: z.array(ServiceSchema),
  /** What one person pays in this provider's group events, unless an event sets its own. */
  groupPricing: optional(GroupPricingSchema),
  policy: BookingPolicySchema,
});
/** A provider's public profile. */
export type Provider = z.infer<typeof ProviderSchema>;

/** What a provider writes of a group event (`GroupEventInputSchema` of the contract). @internal */
export const groupEventInputShape = {
  title: text('title', 160),
  description: optional(text('description', 5000, false)),
  /** Shown to registered participants (joining link, what to bring). */
  instructions: optional(text('instructions', 5000, false)),
  tags: optional(labels('tags')),
  /** `unlisted` events are reachable by id but left out of lists. */
  visibility: optional(z.enum(['public', 'unlisted'])),
  start: InstantSchema,
  durationMinutes: wholeMinutes('durationMinutes', 1),
  capacity: wholeNumber('capacity', 1, LIMITS.seats),
  /** At most this many seats in one registration. */
  maxSeatsPerRegistration: optional(wholeNumber('maxSeatsPerRegistration', 1, LIMITS.seats)),
  pricing: GroupPricingSchema,
  /** Whether a full event takes waitlist entries. */
  waitlist: optional(z.boolean()),
};

/** A session several clients join, each booking one or more seats. */
export const GroupEventSchema = z
  .object({
    id: IdSchema,
    providerId: IdSchema,
    ...groupEventInputShape,
    /** The provider's zone, for display in the provider's terms. */
    timeZone: TimeZoneSchema,
    /** Seats held by registrations (and open waitlist offers). */
    seatsTaken: wholeNumber('seatsTaken', 0, LIMITS.seats),
    status: z.enum(['scheduled', 'cancelled']),
  })
  .check(
    z.refine((e) => e.seatsTaken <= e.capacity, {
      path: ['seatsTaken'],
      params: { code: 'seats_over_capacity' },
      error: (issue) => {
        const e = issue.input as { seatsTaken: number; capacity: number };
        return messages.seatsOverCapacity(e.seatsTaken, e.capacity);
      },
    }),
  );
/** A session several clients join, each booking one or more seats. */
export type GroupEvent = z.infer<typeof GroupEventSchema>;
