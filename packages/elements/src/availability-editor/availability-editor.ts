// <availability-editor>: a provider's own hours. Weekly windows (several a day, overnight ones),
// the zone, date overrides picked on a calendar and the booking rules, with a live preview of the
// next 14 days of slots computed by core from what is typed. Saves with If-Match; when someone
// else saved first it keeps what was typed and shows both versions.
import {
  adoptStyles,
  html,
  nothing,
  supportsAdoptingStyleSheets,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import type { BusyInterval, FieldError, Provider } from '@booking/core';
import type { Schedule } from '@booking/core/schemas';
import { ValidationError } from '@booking/core/http';
import { AvailabilitySaveRequestEvent } from '../events/availability-save-request.js';
import { AvailabilitySavedEvent } from '../events/availability-saved.js';
import { EVENT_VERSION, type ProviderView } from '../events/detail.js';
import { visitorCatalogs, type Catalogs } from '../shared/i18n.js';
import { parts } from '../shared/parts.styles.js';
import { ProviderElement } from '../shared/provider-element.js';
import { base, tokens } from '../shared/theme.styles.js';
import type { ScheduleForm } from './model.js';
import type { DateGrid } from './views/overrides.js';
import type { PreviewCache } from './preview.js';
import type { EditorView } from './views/context.js';
import type { ConflictState } from './views/conflict.js';
import type { PreviewState } from './views/preview.js';
import { renderLoadError, renderLoading, type Notice } from './views/frame.js';
import {
  busyWindow,
  isStale,
  loadErrorText,
  loadParts,
  type Conflict,
  type Parts,
} from './loader.js';
import { editorCatalogs, type EditorTranslate } from './words.js';

/**
 * A provider's availability editor: weekly hours, time zone, date overrides and booking rules,
 * with a live preview of the slots clients will see. The provider's token is a property only.
 *
 * @element availability-editor
 *
 * @attr provider - The provider's id.
 * @attr api-base - The base URL of the booking API (used with the `token` property).
 * @attr locale - BCP 47 locale; else the page's `lang`, else the browser's.
 * @attr time-zone - The second zone the preview can show times in; else the browser's.
 * @attr hour-cycle - `h12` or `h23`; else the locale's custom.
 * @attr week-start - First day of the week: 1 (Monday) to 7 (Sunday), or a day name; else the locale's.
 * @attr theme - `light` (default), `dark` or `auto`.
 * @attr dir - `rtl` or `ltr`; else from the locale.
 * @attr lang - Read like `locale` when `locale` is not set (also from an ancestor).
 *
 * @prop token - The provider's bearer token (never an attribute).
 * @prop adapter - A backend with the provider's calls (`createHttpAdapter({ baseUrl, token })`).
 * @prop clock - The clock in epoch ms (pin it in tests and demos).
 *
 * @fires availability-save-request - Cancelable; the schedule is about to be saved. `AvailabilitySaveRequestEvent`.
 * @fires availability-saved - The backend stored the schedule. `AvailabilitySavedEvent`.
 * @fires booking-error - Something failed (load, save, conflict); the editor shows it. `BookingErrorEvent`.
 *
 * @csspart base - The editor's box.
 * @csspart heading - The editor's heading.
 * @csspart form - The form (zone, weekly hours, date changes, rules).
 * @csspart section - Each part of the form.
 * @csspart day-hours - One weekday's hours.
 * @csspart calendar - The month grid of date changes.
 * @csspart day - A date of the grid.
 * @csspart override - One date's change.
 * @csspart preview - The preview of the next 14 days.
 * @csspart preview-day - One date of the preview.
 * @csspart input - Every field.
 * @csspart button - Every button.
 * @csspart primary - The save button.
 * @csspart notice - Messages (saved, errors, conflicts).
 * @csspart conflict - The notice when someone else saved first.
 * @csspart zone-button - The button that opens the time-zone picker of the preview.
 * @csspart zone-popover - The time-zone picker.
 *
 * @cssproperty --booking-color-accent - And every other `--booking-*` token of `<booking-widget>`.
 * @cssproperty --booking-editor-columns - The columns of form and preview on wide screens (default `minmax(0, 3fr) minmax(0, 2fr)`).
 * @cssproperty --booking-editor-closed - The mark of a closed date in the calendar (default the danger colour).
 */
export class AvailabilityEditor extends ProviderElement {
  /** The skeleton's; the editor's own come with its parts. */
  static override styles = [tokens, base, parts];

  static override properties: PropertyDeclarations = {
    ...ProviderElement.properties,
    weekStart: { attribute: 'week-start' },
    _state: { state: true },
    _loadError: { state: true },
    _schedule: { state: true },
    _edit: { state: true },
    _version: { state: true },
    _notice: { state: true },
    _conflict: { state: true },
    _provider: { state: true },
    _busy: { state: true },
    _busyMissing: { state: true },
    _length: { state: true },
    _compare: { state: true },
    _fieldErrors: { state: true },
  };

  declare weekStart: string;
  declare _state: 'loading' | 'ready' | 'error';
  declare _loadError: unknown;
  /** The schedule as last loaded or saved. */
  declare _schedule: Schedule | undefined;
  /** What is typed. */
  declare _edit: ScheduleForm | undefined;
  /** The version the typed changes were made on (If-Match). */
  declare _version: string;
  declare _notice: Notice | undefined;
  declare _conflict: Conflict | undefined;
  declare _provider: Provider | undefined;
  declare _busy: BusyInterval[];
  declare _busyMissing: boolean;
  declare _length: string;
  declare _compare: boolean;
  /** The backend's field errors of the last save (until the form changes). */
  declare _fieldErrors: FieldError[];

  #load = new AbortController();
  #parts: Parts | undefined;
  #grid: DateGrid | undefined;
  #focus: string | undefined;
  #preview: PreviewCache | undefined;
  #invalid = false;

  constructor() {
    super();
    this.weekStart = '';
    this._state = 'loading';
    this._version = '';
    this._busy = [];
    this._busyMissing = false;
    this._length = '';
    this._compare = false;
    this._fieldErrors = [];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#load.abort();
  }

  protected override catalogs(): Catalogs[] {
    return [visitorCatalogs, editorCatalogs];
  }

  /** The parts (there whenever a schedule is shown). */
  get #p(): Parts {
    return this.#parts!;
  }

  get #t(): EditorTranslate {
    return editorCatalogs.translator(this.localeTag);
  }

  get #draftKey(): string {
    return this.#p.draftKey(this.adapter ? '' : this.apiBase, this.provider);
  }

  /** Whether what is typed differs from what is saved. */
  get #dirty(): boolean {
    const saved = this._schedule;
    const P = this.#parts;
    if (!saved || !this._edit || !P) return false;
    return this._version !== saved.version || !P.sameSchedule(this._edit, P.fromSchedule(saved));
  }

  protected errorView(): ProviderView {
    return 'schedule';
  }

  protected sourceChanged(): void {
    void this.#fetch();
  }

  // --- loading -----------------------------------------------------------------------------------

  async #fetch(): Promise<void> {
    this.#load.abort();
    this.#load = new AbortController();
    const { signal } = this.#load;
    const setup = this.setupError();
    if (setup) {
      this._state = 'error';
      this._loadError = setup;
      this.report(setup, loadErrorText(this.#t, this.t, setup));
      return;
    }
    this._state = 'loading';
    this._announcement = this.#t('loading');
    const api = this.providerApi!;
    void this.#loadExtras(signal);
    try {
      const [parts, schedule] = await Promise.all([
        loadParts(),
        api.getSchedule(this.provider, { signal }),
      ]);
      if (signal.aborted) return;
      if (!this.#parts) {
        this.#parts = parts;
        this.#grid = new parts.DateGrid(this);
        this.#preview = new parts.PreviewCache();
        const own = supportsAdoptingStyleSheets ? AvailabilityEditor.elementStyles : [];
        adoptStyles(this.renderRoot as ShadowRoot, [...own, parts.styles]);
      }
      this.#adopt(schedule);
      this._state = 'ready';
      this._announcement = this._notice?.text ?? this.#t('heading');
    } catch (error) {
      if (signal.aborted) return;
      this._state = 'error';
      this._loadError = error;
      this.report(error, loadErrorText(this.#t, this.t, error));
    }
  }

  /** The loaded schedule in the form, under a draft typed before a reload (which wins). */
  #adopt(schedule: Schedule): void {
    this._schedule = schedule;
    const draft = this.#p.readDraft(this.#draftKey);
    const form = this.#p.fromSchedule(schedule);
    if (draft && (draft.version !== schedule.version || !this.#p.sameSchedule(draft.form, form))) {
      this._edit = draft.form;
      this._version = draft.version;
      this._notice = { kind: 'restored', text: this.#t('restored') };
    } else {
      if (draft) this.#p.clearDraft(this.#draftKey);
      this._edit = form;
      this._version = schedule.version;
      this._notice = undefined;
    }
    this._conflict = undefined;
  }

  /** The provider's sessions (for the preview's lengths) and busy time (bookings, calendars). */
  async #loadExtras(signal: AbortSignal): Promise<void> {
    const api = this.providerApi!;
    const [provider, availability] = await Promise.allSettled([
      api.getProvider(this.provider, { signal }),
      api.getAvailability(this.provider, busyWindow(this.now()), { signal }),
    ]);
    if (signal.aborted) return;
    if (provider.status === 'fulfilled') this._provider = provider.value;
    else this.report(provider.reason, '');
    if (availability.status === 'fulfilled') {
      this._busy = availability.value.busy;
      this._busyMissing = false;
    } else {
      this._busyMissing = true;
      this.report(availability.reason, this.#t('previewBusyMissing'));
    }
  }

  /** While the page is open: a newer saved version replaces the form when nothing is typed. */
  protected override async revalidate(): Promise<void> {
    if (this._state === 'error') return void this.#fetch();
    if (this._state !== 'ready' || this._submitting || this._conflict) return;
    const signal = this.#load.signal;
    void this.#loadExtras(signal);
    if (this.#dirty) return;
    try {
      const schedule = await this.providerApi!.getSchedule(this.provider, { signal });
      if (signal.aborted || this.#dirty || schedule.version === this._schedule?.version) return;
      this.#adopt(schedule);
    } catch (error) {
      this.report(error, '');
    }
  }

  // --- editing -----------------------------------------------------------------------------------

  #change(form: ScheduleForm, announce?: string): void {
    this._edit = form;
    this._fieldErrors = [];
    if (this._notice?.kind === 'saved') this._notice = undefined;
    if (announce) this._announcement = announce;
    if (this.#dirty) this.#p.writeDraft(this.#draftKey, { version: this._version, form });
    else this.#p.clearDraft(this.#draftKey);
  }

  #discard(): void {
    if (!this._schedule) return;
    this._edit = this.#p.fromSchedule(this._schedule);
    this._version = this._schedule.version;
    this._notice = undefined;
    this._fieldErrors = [];
    this.#p.clearDraft(this.#draftKey);
    this._announcement = this.#t('discarded');
    this.#focus = 'heading';
  }

  // --- saving ------------------------------------------------------------------------------------

  async #save(event?: Event): Promise<void> {
    event?.preventDefault();
    const t = this.#t;
    const form = this._edit;
    if (!form || this._submitting) return;
    const result = this.#p.check(form);
    if (!result.ok) {
      this._announcement = t('errFix');
      this.#focus = 'invalid';
      this.requestUpdate();
      return;
    }
    if (this._offline) {
      this._notice = { kind: 'error', text: t('offline') };
      this._announcement = t('offline');
      return;
    }
    const before = new AvailabilitySaveRequestEvent({
      version: EVENT_VERSION,
      providerId: this.provider,
      schedule: result.input,
      ifMatch: this._version,
    });
    if (!this.dispatchEvent(before)) return;
    this._submitting = true;
    this._notice = undefined;
    this._announcement = t('saving');
    const previousVersion = before.detail.ifMatch;
    try {
      const saved = await this.providerApi!.replaceSchedule(this.provider, before.detail.schedule, {
        ifMatch: previousVersion,
      });
      this._schedule = saved;
      this._version = saved.version;
      // What was typed while it saved stays (and stays unsaved).
      if (this._edit === form) this._edit = this.#p.fromSchedule(saved);
      if (this.#dirty)
        this.#p.writeDraft(this.#draftKey, { version: saved.version, form: this._edit! });
      else this.#p.clearDraft(this.#draftKey);
      this._conflict = undefined;
      this._notice = { kind: 'saved', text: t('saved') };
      this._announcement = t('saved');
      this.dispatchEvent(
        new AvailabilitySavedEvent({
          version: EVENT_VERSION,
          providerId: this.provider,
          schedule: saved,
          previousVersion,
        }),
      );
    } catch (error) {
      this.#saveFailed(error);
    } finally {
      this._submitting = false;
    }
  }

  #saveFailed(error: unknown): void {
    const t = this.#t;
    if (isStale(error)) {
      this._conflict = { theirs: undefined, loading: true, failed: false };
      this._announcement = t('conflict');
      this.report(error, t('conflict'));
      void this.#loadTheirs();
      return;
    }
    let text: string;
    if (error instanceof ValidationError && error.fieldErrors.length) {
      this._fieldErrors = error.fieldErrors;
      this.#focus = 'invalid';
      text = t('saveRejected');
    } else text = this.#p.saveErrorText(error, t, this.t);
    this._notice = { kind: 'error', text };
    this._announcement = text;
    this.report(error, text);
  }

  async #loadTheirs(): Promise<void> {
    this._conflict = { theirs: undefined, loading: true, failed: false };
    try {
      const theirs = await this.providerApi!.getSchedule(this.provider);
      this._conflict = { theirs, loading: false, failed: false };
    } catch (error) {
      this._conflict = { theirs: undefined, loading: false, failed: true };
      this.report(error, this.#t('conflictLoadError'));
    }
  }

  #useTheirs(): void {
    const theirs = this._conflict?.theirs;
    if (!theirs) return;
    this.#p.clearDraft(this.#draftKey);
    this._schedule = theirs;
    this._version = theirs.version;
    this._edit = this.#p.fromSchedule(theirs);
    this._conflict = undefined;
    this._notice = undefined;
    this._announcement = this.#t('usedTheirs');
    this.#focus = 'heading';
  }

  #keepMine(): void {
    const theirs = this._conflict?.theirs;
    if (!theirs) return;
    this._schedule = theirs;
    this._version = theirs.version;
    void this.#save();
  }

  // --- rendering ---------------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const form = this._edit;
    const P = this.#parts;
    if (!form || !P) return;
    const result = P.check(form);
    const errors = result.ok ? this._fieldErrors : result.errors;
    this._errors = P.fieldErrorMap(errors, this.#t, this.localeTag);
    this.#invalid = !result.ok;
    if (!result.ok) return;
    const length = this.#lengths().find((l) => l.id === this._length) ?? this.#lengths()[0]!;
    try {
      const zone = this.#previewZone(form);
      this.#preview!.update(result.input, {
        minutes: length.minutes,
        busy: this._busy,
        now: this.now(),
        zone,
      });
    } catch (error) {
      // The engine's own checks (a date that does not exist in the zone): shown as invalid.
      this.#invalid = true;
      if (this.#preview!.fresh) this.report(error, '');
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const root = this.renderRoot as ShadowRoot;
    const focus = this.#focus;
    this.#focus = undefined;
    if (focus === 'heading') root.querySelector<HTMLElement>('h2')?.focus();
    else if (focus === 'invalid') root.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    else if (focus) root.getElementById(focus)?.focus();
    this.#grid?.updated(root);
  }

  #lengths() {
    return this.#p.previewLengths(this._provider);
  }

  #previewZone(form: ScheduleForm): string {
    return this._compare ? this.viewerZone : form.timeZone;
  }

  #view(form: ScheduleForm): EditorView {
    return {
      t: this.#t,
      tv: this.t,
      locale: this.localeTag,
      rtl: this.direction === 'rtl',
      cycle: this.cycle,
      weekStart: this.#p.weekStartOf(this.weekStart, this.localeTag),
      now: this.now(),
      form,
      errors: this._errors,
      change: (update, announce) => this._edit && this.#change(update(this._edit), announce),
      focus: (id) => {
        this.#focus = id;
        this.requestUpdate();
      },
      busy: false,
    };
  }

  protected override render(): TemplateResult {
    const t = this.#t;
    const form = this._edit;
    return html`<div class="widget editor" part="base" dir=${this.direction} lang=${this.localeTag}>
      <div class="visually-hidden" role="status" aria-live="polite">${this._announcement}</div>
      <h2 id="heading" tabindex="-1" part="heading">${t('heading')}</h2>
      ${this._offline ? html`<p class="notice error" part="notice" role="alert">${t('offline')}</p>` : nothing}
      ${
        this._state === 'loading'
          ? renderLoading(t)
          : this._state === 'error' || !form
            ? renderLoadError(
                t,
                loadErrorText(this.#t, this.t, this._loadError),
                () => void this.#fetch(),
              )
            : this.#p.renderEditor(this.#view(form), {
                notice: this._notice,
                conflict: this.#conflictState(),
                dirty: this.#dirty,
                submitting: this._submitting,
                grid: this.#grid!,
                save: (e) => void this.#save(e),
                discard: () => this.#discard(),
                preview: this.#previewState(form),
              })
      }
    </div>`;
  }

  #conflictState(): ConflictState | undefined {
    const conflict = this._conflict;
    if (!conflict) return undefined;
    return {
      theirs: conflict.theirs ? this.#p.fromSchedule(conflict.theirs) : undefined,
      failed: conflict.failed,
      loading: conflict.loading,
      keepMine: () => this.#keepMine(),
      useTheirs: () => this.#useTheirs(),
      loadTheirs: () => void this.#loadTheirs(),
    };
  }

  #previewState(form: ScheduleForm): PreviewState {
    const lengths = this.#lengths();
    return {
      days: this.#preview!.days,
      invalid: this.#invalid,
      busyMissing: this._busyMissing,
      lengths,
      length: lengths.some((l) => l.id === this._length) ? this._length : lengths[0]!.id,
      zone: this.#previewZone(form),
      compare: this._compare,
      picker: () => this.zones.render(),
      chooseLength: (id) => (this._length = id),
      toggleCompare: () => (this._compare = !this._compare),
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'availability-editor': AvailabilityEditor;
  }
}
