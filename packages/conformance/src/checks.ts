// The checks of the contract, in the order they run. Each one is black-box: plain HTTP in, the
// status, headers and body out, judged by core's schemas and the documented semantics. They live
// in checks/ by subject; this list orders them (provider.bookings counts the cancel of
// bookings.manage; errors.problem-details reads every error answer before it).
import type { Check } from './context.js';
import { availabilityChecks } from './checks/availability.js';
import { bookingChecks } from './checks/bookings.js';
import { corsChecks } from './checks/cors.js';
import { errorChecks } from './checks/errors.js';
import { etagChecks } from './checks/etags.js';
import { eventChecks } from './checks/events.js';
import { keyChecks } from './checks/keys.js';
import { limitChecks } from './checks/limits.js';
import { notificationChecks } from './checks/notifications.js';
import { providerChecks } from './checks/providers.js';
import { scheduleChecks } from './checks/schedule.js';
import { stepChecks } from './checks/steps.js';

export { discoverProvider, prepare, restore, type Check, type Context } from './context.js';

export const checks: Check[] = [
  ...providerChecks,
  ...availabilityChecks,
  ...scheduleChecks,
  ...etagChecks,
  ...bookingChecks,
  ...keyChecks,
  ...stepChecks,
  ...eventChecks,
  ...notificationChecks,
  ...limitChecks,
  ...corsChecks,
  ...errorChecks,
];
