// How the editor gets its parts (downloaded beside its first request) and small facts about its
// data: the busy window of the preview, a stale save, a conflict's state.
import type { Schedule } from '@booking/core/schemas';
import { AuthError, BookingApiError } from '@booking/core/http';
import { SetupError, errorText } from '../shared/errors.js';
import type { Translate } from '../shared/i18n.js';
import type { EditorTranslate } from './words.js';
import type * as PartsModule from './parts.js';

export type Parts = typeof PartsModule;
let partsModule: Promise<Parts> | undefined;
/** The editor's parts, downloaded once (a failed download is tried again next time). */
export function loadParts(): Promise<Parts> {
  partsModule ??= import('./parts.js').catch((error: unknown) => {
    partsModule = undefined;
    throw error;
  });
  return partsModule;
}

/** The busy time the preview needs: now to 15 days on (every zone's 14th local date). */
export const busyWindow = (now: number) => ({
  from: new Date(now).toISOString(),
  to: new Date(now + 15 * 86_400_000).toISOString(),
});

export interface Conflict {
  theirs: Schedule | undefined;
  loading: boolean;
  failed: boolean;
}

/** A refusal because someone else saved first (412). */
export const isStale = (error: unknown) =>
  error instanceof BookingApiError &&
  (error.status === 412 || error.code === 'precondition_failed');

/** Why the schedule could not load, in plain words (a token that does not open it: sign in). */
export function loadErrorText(t: EditorTranslate, tv: Translate, error: unknown): string {
  if (error instanceof SetupError || error instanceof AuthError) return t('authError');
  return errorText(tv, error);
}
