// Demo data for the mock backend: providers like the ones in the product documents, with
// schedules in different zones so the demo shows time-zone conversion.
import type { DateOverride, SlotPolicy, WeeklyAvailability } from '@booking/core';

export interface MockProvider {
  id: string;
  name: string;
  headline: string;
  timeZone: string;
  weekly: WeeklyAvailability;
  overrides: DateOverride[];
  policy: SlotPolicy;
}

const weekdays = (start: string, end: string): WeeklyAvailability => ({
  monday: [{ start, end }],
  tuesday: [{ start, end }],
  wednesday: [{ start, end }],
  thursday: [{ start, end }],
  friday: [{ start, end }],
});

/** The providers the demo and the docs book with. */
export const demoProviders: MockProvider[] = [
  {
    id: 'ana',
    name: 'Ana Ferreira',
    headline: 'Maths and physics tutor',
    timeZone: 'Europe/Lisbon',
    weekly: {
      ...weekdays('09:00', '13:00'),
      wednesday: [
        { start: '09:00', end: '13:00' },
        { start: '17:00', end: '21:00' },
      ],
      saturday: [{ start: '10:00', end: '12:00' }],
    },
    overrides: [],
    policy: {
      durationMinutes: 60,
      stepMinutes: 30,
      bufferAfterMinutes: 10,
      minimumNoticeMinutes: 120,
      horizonDays: 60,
    },
  },
  {
    id: 'sam',
    name: 'Sam Okafor',
    headline: 'Career coach',
    timeZone: 'America/New_York',
    weekly: weekdays('08:00', '18:00'),
    overrides: [],
    policy: { durationMinutes: 30, minimumNoticeMinutes: 60, horizonDays: 30, maxPerDay: 6 },
  },
];
