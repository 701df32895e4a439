// What the provider typed, kept in the tab's session storage until it is saved: a reload, a crash
// or a closed laptop loses nothing. The draft remembers the version it was typed on, so saving it
// later over someone else's newer save is refused (412) instead of silently overwriting it.
import type { ScheduleForm } from './model.js';

export interface Draft {
  /** The schedule's version the changes were made on (sent as If-Match). */
  version: string;
  form: ScheduleForm;
}

const PREFIX = 'availability-editor:';

/** One draft per API and provider. */
export const draftKey = (apiBase: string, provider: string) => `${PREFIX}${apiBase}|${provider}`;

export function readDraft(key: string): Draft | undefined {
  try {
    const text = sessionStorage.getItem(key);
    if (!text) return undefined;
    const draft = JSON.parse(text) as Partial<Draft>;
    if (typeof draft.version !== 'string' || !isForm(draft.form)) return undefined;
    return draft as Draft;
  } catch {
    return undefined;
  }
}

export function writeDraft(key: string, draft: Draft): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // Storage may be full or blocked: the draft then lives as long as the page.
  }
}

export function clearDraft(key: string): void {
  try {
    sessionStorage.removeItem(key);
  } catch {
    // Blocked storage holds nothing to clear.
  }
}

/** Whether a stored value has the form's shape (an older or foreign entry is ignored). */
function isForm(value: unknown): value is ScheduleForm {
  if (typeof value !== 'object' || value === null) return false;
  const form = value as Partial<ScheduleForm>;
  return (
    typeof form.timeZone === 'string' &&
    typeof form.weekly === 'object' &&
    form.weekly !== null &&
    Array.isArray(form.overrides) &&
    typeof form.policy === 'object' &&
    form.policy !== null &&
    typeof form.kept === 'object'
  );
}
