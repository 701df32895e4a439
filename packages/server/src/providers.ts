// Adding a provider (the `booking-server provider add` command): the profile and schedule checked
// by core's schemas, a fresh bearer token shown once and stored only as its hash.
import { validate, type FieldError, type Validation } from '@booking/core';
import {
  DEFAULT_REMINDER_MINUTES,
  NotificationSettingsInputSchema,
  OverridesSchema,
  ProviderSchema,
  WeeklyAvailabilitySchema,
  type DateOverride,
  type NotificationSettings,
  type NotificationSettingsInput,
  type Provider,
  type WeeklyAvailability,
} from '@booking/core/schemas';
import type { Store } from './store/types.js';
import { hashToken, newToken } from './tokens.js';

/**
 * What `provider add` reads: the public profile, the weekly hours and overrides, and where its
 * emails go (kept private: the API's `/providers/{id}/notifications`, docs/notifications.md).
 */
export interface NewProvider {
  provider: Provider;
  weekly?: WeeklyAvailability;
  overrides?: DateOverride[];
  notifications?: NotificationSettingsInput;
}

/** Checks each part of a new provider, naming fields from the file's top (`provider.timeZone`). */
function check(
  input: unknown,
): Validation<
  Required<Omit<NewProvider, 'notifications'>> & { notifications: NotificationSettings }
> {
  const record = (typeof input === 'object' && input !== null ? input : {}) as Record<
    string,
    unknown
  >;
  const errors: FieldError[] = [];
  const part = <T>(name: string, schema: Parameters<typeof validate>[0], value: unknown) => {
    const result = validate(schema, value);
    if (result.ok) return result.value as T;
    for (const e of result.errors)
      errors.push({ ...e, field: e.field ? `${name}.${e.field}` : name });
    return undefined;
  };
  const provider = part<Provider>('provider', ProviderSchema, record.provider);
  const weekly = part<WeeklyAvailability>('weekly', WeeklyAvailabilitySchema, record.weekly ?? {});
  const overrides = part<DateOverride[]>('overrides', OverridesSchema, record.overrides ?? []);
  const notifications = part<NotificationSettingsInput>(
    'notifications',
    NotificationSettingsInputSchema,
    record.notifications ?? {},
  );
  if (!provider || !weekly || !overrides || !notifications)
    return {
      ok: false,
      code: 'validation_failed',
      message: errors.map((e) => `${e.field}: ${e.message}`).join(' '),
      errors,
    };
  return {
    ok: true,
    value: {
      provider,
      weekly,
      overrides,
      notifications: {
        email: notifications.email ?? null,
        locale: notifications.locale ?? 'en',
        reminderMinutes: notifications.reminderMinutes ?? [...DEFAULT_REMINDER_MINUTES],
      },
    },
  };
}

/**
 * Creates a provider and its token, refusing one whose id exists. The token is returned once;
 * the store keeps only its hash.
 *
 * @example
 * const result = await addProvider(store, JSON.parse(readFileSync('provider.json', 'utf8')));
 * if (result.ok) console.log(result.value.token);
 */
export async function addProvider(
  store: Store,
  input: unknown,
): Promise<Validation<{ id: string; token: string }>> {
  const parsed = check(input);
  if (!parsed.ok) return parsed;
  const { provider, weekly, overrides, notifications } = parsed.value;
  const token = newToken();
  const hash = await hashToken(token);
  return store.transaction(async (tx) => {
    if (await tx.provider(provider.id))
      return {
        ok: false as const,
        code: 'validation_failed' as const,
        message: `provider.id: A provider "${provider.id}" exists already; choose another id.`,
        errors: [
          {
            field: 'provider.id',
            code: 'invalid_value',
            message: `A provider "${provider.id}" exists already; choose another id.`,
          },
        ],
      };
    await tx.putProvider({ provider, weekly, overrides, version: 1 }, hash);
    await tx.putNotificationSettings(provider.id, notifications);
    return { ok: true as const, value: { id: provider.id, token } };
  });
}
