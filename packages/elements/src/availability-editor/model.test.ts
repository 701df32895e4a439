// The editor's form as data: to core's schedule input and back, the changes, and core's errors in
// words by field.
import { expect } from '@open-wc/testing';
import type { Schedule } from '@booking/core/schemas';
import en from './catalogs/en.js';
import { fieldErrorMap } from './field-errors.js';
import {
  addOverride,
  addWeeklyWindow,
  check,
  copyDay,
  fieldId,
  fromSchedule,
  normalizePath,
  overnight,
  removeOverrideWindow,
  sameSchedule,
  setOverrideClosed,
  setPolicy,
  toInput,
  weekdayOf,
} from './model.js';
import { PreviewCache, previewLengths } from './preview.js';
import { editorCatalogs } from './words.js';

const schedule: Schedule = {
  providerId: 'ana',
  timeZone: 'Europe/Lisbon',
  weekly: {
    monday: [{ start: '09:00', end: '13:00' }],
    wednesday: [
      { start: '09:00', end: '13:00' },
      { start: '22:00', end: '02:00' },
    ],
    sunday: [{ start: '00:00', end: '24:00' }],
  },
  overrides: [
    { date: '2026-12-24', windows: [] },
    { date: '2026-12-08', windows: [{ start: '10:00', end: '12:00' }] },
  ],
  policy: {
    stepMinutes: 30,
    minimumNoticeMinutes: 90,
    requiresApproval: true,
    cancellation: { cutoffHours: 24, refundPercent: 50 },
  },
  version: '7',
};

describe('availability-editor model', () => {
  before(() => editorCatalogs.load('en'));

  it('reads a schedule into the form and writes the same input back', () => {
    const form = fromSchedule(schedule);
    expect(form.weekly.sunday).to.deep.equal([{ start: '00:00', end: '00:00' }]);
    expect(form.overrides.map((o) => [o.date, o.closed])).to.deep.equal([
      ['2026-12-08', false],
      ['2026-12-24', true],
    ]);
    expect(form.policy.noticeHours).to.equal('1.5');
    expect(form.policy.bufferBefore).to.equal('');
    expect(form.kept).to.deep.equal({
      requiresApproval: true,
      cancellation: { cutoffHours: 24, refundPercent: 50 },
    });
    const input = toInput(form);
    expect(input.weekly).to.deep.equal(schedule.weekly);
    expect(input.overrides).to.deep.equal([
      { date: '2026-12-08', windows: [{ start: '10:00', end: '12:00' }] },
      { date: '2026-12-24', windows: [] },
    ]);
    expect(input.policy).to.deep.equal(schedule.policy);
    expect(check(form).ok).to.equal(true);
  });

  it('reads hours of notice as whole minutes without float noise, and keeps text it cannot read', () => {
    const form = fromSchedule(schedule);
    expect(toInput(setPolicy(form, 'noticeHours', '1.1')).policy!.minimumNoticeMinutes).to.equal(
      66,
    );
    expect(toInput(setPolicy(form, 'noticeHours', '0,5')).policy!.minimumNoticeMinutes).to.equal(
      30,
    );
    const bad = check(setPolicy(form, 'bufferAfter', 'NaN'));
    expect(bad.ok).to.equal(false);
    if (!bad.ok)
      expect(bad.errors.map((e) => e.field)).to.deep.equal(['policy.bufferAfterMinutes']);
    // Empty is "not set".
    expect(toInput(setPolicy(form, 'stepMinutes', '')).policy!.stepMinutes).to.equal(undefined);
  });

  it('marks overnight windows, adds the next window an hour on, copies a day', () => {
    const form = fromSchedule(schedule);
    expect(overnight(form.weekly.wednesday[1]!)).to.equal(true);
    expect(overnight(form.weekly.sunday[0]!)).to.equal(false);
    expect(addWeeklyWindow(form, 'monday').weekly.monday[1]).to.deep.equal({
      start: '14:00',
      end: '15:00',
    });
    expect(addWeeklyWindow(form, 'tuesday').weekly.tuesday).to.deep.equal([
      { start: '09:00', end: '17:00' },
    ]);
    const copied = copyDay(form, 'wednesday', ['monday', 'friday']);
    expect(copied.weekly.friday).to.deep.equal(form.weekly.wednesday);
    expect(copied.weekly.friday).to.not.equal(form.weekly.wednesday);
    expect(sameSchedule(form, fromSchedule(schedule))).to.equal(true);
    expect(sameSchedule(form, copied)).to.equal(false);
  });

  it('adds a date closed, opens it with the weekday’s hours, and closes it when its last window goes', () => {
    let form = addOverride(fromSchedule(schedule), '2026-11-30');
    expect(weekdayOf('2026-11-30')).to.equal('monday');
    expect(form.overrides.map((o) => o.date)).to.deep.equal([
      '2026-11-30',
      '2026-12-08',
      '2026-12-24',
    ]);
    expect(addOverride(form, '2026-11-30')).to.equal(form);
    form = setOverrideClosed(form, '2026-11-30', false);
    expect(form.overrides[0]!.windows).to.deep.equal([{ start: '09:00', end: '13:00' }]);
    form = removeOverrideWindow(form, '2026-11-30', 0);
    expect(form.overrides[0]!.closed).to.equal(true);
  });

  it('names fields by core’s paths, and says each error in words', () => {
    expect(normalizePath('overrides.0.windows.1.end')).to.equal('overrides[0].windows[1].end');
    expect(fieldId('weekly.monday[0].end')).to.equal('f-weekly-monday-0-end');
    expect(fieldId('policy.maxPerDay')).to.equal('f-policy-maxPerDay');
    let form = fromSchedule(schedule);
    form = { ...form, weekly: { ...form.weekly, monday: [{ start: '10:00', end: '10:00' }] } };
    form = setPolicy(form, 'maxPerDay', '0');
    form = { ...form, overrides: [...form.overrides, { ...form.overrides[0]! }] };
    const result = check(form);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    const t = editorCatalogs.translator('en');
    expect(fieldErrorMap(result.errors, t, 'en')).to.deep.equal({
      'weekly.monday[0].end': en.errWindowEmpty,
      'overrides[2].date': en.errDuplicateDate,
      'policy.maxPerDay': 'Enter a whole number from 1 to 1,440.',
    });
  });

  it('computes the preview again only when its inputs change', () => {
    const cache = new PreviewCache();
    const input = toInput(fromSchedule(schedule));
    const options = {
      minutes: 60,
      busy: [],
      now: Date.parse('2026-11-23T09:00:00Z'),
      zone: 'Europe/Lisbon',
    };
    const days = cache.update(input, options);
    expect(cache.fresh).to.equal(true);
    expect(days).to.have.length(14);
    expect(cache.update(input, options)).to.equal(days);
    expect(cache.fresh).to.equal(false);
    cache.update(input, { ...options, zone: 'Asia/Tokyo' });
    expect(cache.fresh).to.equal(true);
    // Without the provider's sessions, plain lengths.
    expect(previewLengths(undefined).map((l) => l.minutes)).to.deep.equal([30, 60, 90]);
  });
});
