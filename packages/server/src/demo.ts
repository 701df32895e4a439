// Demo data for the five products we build for: tutors with subjects and courses, therapists with
// session types in GBP, coaches with per-duration USD rates, an expert with one-to-one sessions and
// group events (dual pricing), and chat sessions in INR. Dates are laid out relative to "now" so
// the demo always has a future. The mock starts from it, and `booking-server --demo` loads it into
// an empty database with the same ids and the same demo tokens.
import {
  fromLocal,
  registerSeats,
  toLocal,
  type Booking,
  type GroupEvent,
  type BusyInterval,
  type DateOverride,
  type Provider,
  type WeeklyAvailability,
} from '@booking/core';
import type { GroupEventInput } from '@booking/core/schemas';
import type { Store } from './store/types.js';
import { hashToken } from './tokens.js';

/** One demo provider: the public profile plus what only the backend sees. */
export interface DemoProvider {
  provider: Provider;
  weekly: WeeklyAvailability;
  overrides: DateOverride[];
  /** Busy time from another calendar. */
  external: BusyInterval[];
  /** The provider's bearer token for provider writes. */
  token: string;
}

/** A group event to create: `day` days after today in the provider's zone, at `time`. */
export interface DemoEventSeed extends Omit<GroupEventInput, 'start'> {
  id: string;
  providerId: string;
  day: number;
  time: string;
  /** Seats already taken by demo clients (each registration one entry). */
  registrations?: number[];
}

/** Everything a demo starts with. */
export interface DemoData {
  providers: DemoProvider[];
  events: DemoEventSeed[];
}

const span = (start: string, end: string) => [{ start, end }];
const weekdays = (windows: { start: string; end: string }[]): WeeklyAvailability => ({
  monday: windows,
  tuesday: windows,
  wednesday: windows,
  thursday: windows,
  friday: windows,
});

/** The local date `days` after the date of `now` in `zone`. */
export function localDateAfter(now: number, zone: string, days: number): string {
  const today = toLocal(new Date(now).toISOString(), zone).date;
  const ms = Date.parse(`${today}T00:00:00Z`) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** The instant of `time` on the local date `days` after today in `zone`. */
export function localInstant(now: number, zone: string, days: number, time: string): string {
  return fromLocal(localDateAfter(now, zone, days), time, zone);
}

/**
 * The demo data: six providers in six zones and four currencies, and group events of the expert.
 * Provider tokens are `demo-<id>-token`.
 *
 * @example
 * const data = demoData(Date.now());
 * data.providers.map((p) => p.provider.id); // ['ana', 'kenji', 'eleanor', 'sam', 'mia', 'megha']
 */
export function demoData(now: number): DemoData {
  const providers: DemoProvider[] = [
    {
      // Seed 003: a tutor with subjects and courses; the next two weeks are bookable.
      provider: {
        id: 'ana',
        name: 'Ana Ferreira',
        headline: 'Maths and physics tutor',
        bio: 'Ten years of GCSE and A-level tutoring. Lessons online, with worked examples you keep.',
        specializations: ['GCSE', 'A-level'],
        subjects: ['Mathematics', 'Physics'],
        languages: ['English', 'Portuguese'],
        timeZone: 'Europe/Lisbon',
        services: [
          {
            id: 'gcse-maths',
            name: 'GCSE Maths lesson',
            description: 'Algebra, geometry and exam technique for GCSE (AQA, Edexcel, OCR).',
            currency: 'EUR',
            durations: [
              { minutes: 60, price: 4500 },
              { minutes: 90, price: 6500 },
            ],
            questions: [
              { id: 'course', label: 'Course or exam board', kind: 'text' },
              { id: 'requirements', label: 'Special requirements', kind: 'textarea' },
            ],
          },
          {
            id: 'a-level-physics',
            name: 'A-level Physics lesson',
            currency: 'EUR',
            durations: [{ minutes: 60, price: 5000 }],
          },
        ],
        policy: {
          stepMinutes: 30,
          bufferAfterMinutes: 10,
          minimumNoticeMinutes: 120,
          horizonDays: 14,
          cancellation: { cutoffHours: 24, refundPercent: 50 },
        },
      },
      weekly: {
        ...weekdays(span('09:00', '13:00')),
        wednesday: [
          { start: '09:00', end: '13:00' },
          { start: '17:00', end: '21:00' },
        ],
        saturday: span('10:00', '12:00'),
      },
      overrides: [],
      external: [],
      token: 'demo-ana-token',
    },
    {
      // A second tutor: evenings in Tokyo, prices in yen (no minor unit).
      provider: {
        id: 'kenji',
        name: 'Kenji Watanabe',
        headline: 'Japanese conversation tutor',
        subjects: ['Japanese'],
        specializations: ['JLPT'],
        languages: ['Japanese', 'English'],
        timeZone: 'Asia/Tokyo',
        services: [
          {
            id: 'conversation',
            name: 'Conversation practice',
            currency: 'JPY',
            durations: [
              { minutes: 30, price: 2500 },
              { minutes: 60, price: 4500 },
            ],
            defaultDurationMinutes: 30,
          },
        ],
        policy: { minimumNoticeMinutes: 180, horizonDays: 30 },
      },
      weekly: { ...weekdays(span('18:00', '22:00')), saturday: span('09:00', '12:00') },
      overrides: [],
      external: [],
      token: 'demo-kenji-token',
    },
    {
      // Seed 002: a therapy practice: session types, GBP, approval, a cancellation policy.
      provider: {
        id: 'eleanor',
        name: 'Dr Eleanor Hart',
        headline: 'Chartered sports physiotherapist',
        bio: 'Injury assessment, rehabilitation plans and sports massage in central London.',
        specializations: ['Sports injuries', 'Rehabilitation'],
        languages: ['English'],
        timeZone: 'Europe/London',
        services: [
          {
            id: 'initial',
            name: 'Initial consultation',
            currency: 'GBP',
            durations: [{ minutes: 60, price: 7500 }],
            questions: [
              {
                id: 'concern',
                label: 'What brings you to therapy?',
                kind: 'textarea',
                required: true,
              },
              {
                id: 'consent',
                label: 'I have read the cancellation policy',
                kind: 'checkbox',
                required: true,
              },
            ],
          },
          {
            id: 'follow-up',
            name: 'Follow-up session',
            currency: 'GBP',
            durations: [{ minutes: 50, price: 6500 }],
          },
          {
            id: 'massage',
            name: 'Sports massage',
            currency: 'GBP',
            durations: [{ minutes: 30 }, { minutes: 60 }],
            hourlyRate: 7000,
          },
        ],
        policy: {
          stepMinutes: 30,
          bufferAfterMinutes: 15,
          minimumNoticeMinutes: 1440,
          horizonDays: 90,
          maxPerDay: 6,
          requiresApproval: true,
          cancellation: { cutoffHours: 24, refundPercent: 50 },
        },
      },
      weekly: weekdays([
        { start: '09:00', end: '12:30' },
        { start: '13:30', end: '17:00' },
      ]),
      overrides: [{ date: localDateAfter(now, 'Europe/London', 10), windows: [] }],
      external: [],
      token: 'demo-eleanor-token',
    },
    {
      // Seed 001: a coach with a rate per duration, custom lengths, a package and early booking.
      provider: {
        id: 'sam',
        name: 'Sam Okafor',
        headline: 'Career and leadership coach',
        bio: 'For new managers and career changers: one focused question per session.',
        specializations: ['Leadership', 'Career change'],
        languages: ['English'],
        timeZone: 'America/New_York',
        services: [
          {
            id: 'coaching',
            name: 'Coaching session',
            currency: 'USD',
            durations: [
              { minutes: 30, price: 5000 },
              { minutes: 60, price: 9000 },
              { minutes: 90, price: 12000 },
            ],
            hourlyRate: 9000,
            defaultDurationMinutes: 60,
            customDuration: { minMinutes: 30, maxMinutes: 120, stepMinutes: 15 },
            earlyBooking: [{ daysAhead: 14, percentOff: 10 }],
            packages: [
              {
                id: 'five-60',
                name: 'Five 60-minute sessions',
                sessions: 5,
                durationMinutes: 60,
                price: 40000,
              },
            ],
            questions: [{ id: 'goal', label: 'What would you like to work on?', kind: 'textarea' }],
          },
        ],
        policy: {
          stepMinutes: 30,
          bufferAfterMinutes: 15,
          minimumNoticeMinutes: 60,
          horizonDays: 60,
          maxPerDay: 6,
          cancellation: { cutoffHours: 12, refundPercent: 0 },
        },
      },
      weekly: weekdays(span('08:00', '18:00')),
      overrides: [],
      external: [
        {
          start: localInstant(now, 'America/New_York', 2, '12:00'),
          end: localInstant(now, 'America/New_York', 2, '13:30'),
          kind: 'external',
        },
      ],
      token: 'demo-sam-token',
    },
    {
      // Seed 000: an expert with one-to-one sessions (legacy sessionPrice) and group events.
      provider: {
        id: 'mia',
        name: 'Mia Chen',
        headline: 'Principal product designer',
        bio: 'Portfolio reviews, design critiques and UX research office hours.',
        specializations: ['Product design', 'UX research'],
        languages: ['English', 'Mandarin'],
        timeZone: 'America/Los_Angeles',
        services: [
          {
            id: 'one-on-one',
            name: '1-on-1 mentoring',
            currency: 'USD',
            durations: [{ minutes: 30 }, { minutes: 60 }],
            sessionPrice: 12000,
            defaultDurationMinutes: 60,
          },
        ],
        groupPricing: {
          currency: 'USD',
          hourlyRatePerPerson: 4000,
          groupSizeTiers: [{ minSeats: 3, pricePerPerson: 3500 }],
        },
        policy: {
          stepMinutes: 30,
          minimumNoticeMinutes: 240,
          horizonDays: 45,
          requiresApproval: true,
          cancellation: { cutoffHours: 48, refundPercent: 50 },
        },
      },
      weekly: {
        tuesday: span('09:00', '15:00'),
        thursday: span('09:00', '15:00'),
        friday: span('10:00', '13:00'),
      },
      overrides: [],
      external: [],
      token: 'demo-mia-token',
    },
    {
      // Seed 004: expert chat sessions in INR; requests wait for the expert's confirmation.
      provider: {
        id: 'megha',
        name: 'Megha Rao',
        headline: 'Career mentor, product management',
        specializations: ['Product management', 'Interview preparation'],
        languages: ['English', 'Hindi'],
        timeZone: 'Asia/Kolkata',
        services: [
          {
            id: 'chat',
            name: 'Chat session',
            currency: 'INR',
            durations: [{ minutes: 30, price: 50000 }],
          },
          {
            id: 'resume',
            name: 'Resume review',
            currency: 'INR',
            durations: [{ minutes: 45, price: 120000 }],
          },
        ],
        policy: { minimumNoticeMinutes: 60, horizonDays: 21, requiresApproval: true },
      },
      weekly: {
        ...weekdays(span('10:00', '20:00')),
        saturday: span('10:00', '14:00'),
        sunday: span('10:00', '14:00'),
      },
      overrides: [],
      external: [],
      token: 'demo-megha-token',
    },
  ];

  const events: DemoEventSeed[] = [
    {
      id: 'portfolio-circle',
      providerId: 'mia',
      title: 'Portfolio review circle',
      description: 'Bring two case studies; get structured feedback from Mia and peers.',
      instructions: 'Join with the video link in your confirmation. Share slides as a PDF.',
      tags: ['design', 'career'],
      day: 5,
      time: '17:00',
      durationMinutes: 90,
      capacity: 8,
      maxSeatsPerRegistration: 2,
      pricing: {
        currency: 'USD',
        hourlyRatePerPerson: 4000,
        groupSizeTiers: [{ minSeats: 2, pricePerPerson: 5000 }],
        earlyBooking: [{ daysAhead: 3, percentOff: 10 }],
      },
      waitlist: true,
      registrations: [1, 2, 1],
    },
    {
      id: 'research-office-hours',
      providerId: 'mia',
      title: 'UX research office hours',
      description: 'Open questions on interviews, surveys and usability tests.',
      tags: ['research'],
      day: 8,
      time: '10:00',
      durationMinutes: 60,
      capacity: 12,
      pricing: { currency: 'USD', pricePerPerson: 2500 },
      waitlist: true,
      registrations: [1],
    },
    {
      id: 'mobile-critique',
      providerId: 'mia',
      title: 'Design critique: mobile onboarding',
      tags: ['design'],
      day: 12,
      time: '16:00',
      durationMinutes: 60,
      capacity: 4,
      pricing: { currency: 'USD', pricePerPerson: 3000 },
      waitlist: true,
      registrations: [2, 2],
    },
  ];
  return { providers, events };
}

/**
 * Writes demo data into a store: providers with their schedules and demo tokens, their busy time
 * from other calendars, and the group events with their first registrations.
 *
 * @example
 * await loadDemo(store, demoData(Date.now()), Date.now());
 */
export async function loadDemo(store: Store, data: DemoData, now: number): Promise<void> {
  const at = new Date(now).toISOString();
  await store.transaction(async (tx) => {
    for (const p of data.providers) {
      await tx.putProvider(
        { provider: p.provider, weekly: p.weekly, overrides: p.overrides, version: 1 },
        await hashToken(p.token),
      );
      await tx.putExternalBusy(p.provider.id, 'demo', p.external);
    }
    const registrations: Booking[] = [];
    for (const seed of data.events) {
      const { day, time, registrations: seats = [], ...input } = seed;
      const provider = data.providers.find((p) => p.provider.id === seed.providerId)!.provider;
      const event: GroupEvent = {
        ...input,
        start: localInstant(now, provider.timeZone, day, time),
        timeZone: provider.timeZone,
        seatsTaken: 0,
        status: 'scheduled',
      };
      await tx.putEvent(event);
      for (const [i, count] of seats.entries()) {
        const outcome = registerSeats(
          event,
          {
            seats: count,
            client: { name: `Demo participant ${i + 1}`, email: `participant${i + 1}@example.com` },
          },
          { registrations, now: at, id: `${event.id}-r${i + 1}` },
        );
        if (!outcome.ok || outcome.status !== 'registered')
          throw new Error(`The demo event ${event.id} cannot take its registration ${i + 1}.`);
        registrations.push(outcome.booking);
        await tx.putBooking(outcome.booking);
      }
    }
  });
}
