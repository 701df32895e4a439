import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  BookingInputError,
  assertTimeZone,
  fromLocal,
  isValidTimeZone,
  toLocal,
  timeZoneOptions,
  formatLocalTime,
} from '@booking/core';

describe('time zones', () => {
  it('validates ids and suggests the right spelling', () => {
    assert.equal(isValidTimeZone('Asia/Kathmandu'), true);
    assert.equal(isValidTimeZone('Mars/Olympus'), false);
    assert.equal(isValidTimeZone(''), false);
    assert.throws(
      () => assertTimeZone('america/new york'),
      (e: unknown) =>
        e instanceof BookingInputError &&
        e.code === 'invalid_time_zone' &&
        /Did you mean "America\/New_York"/.test(e.message),
    );
    assert.throws(() => assertTimeZone('Nowhere/City'), /not a known IANA time zone/);
  });

  it('lists zones under their current names', () => {
    const zones = timeZoneOptions({ now: '2026-07-01T00:00:00Z' }).map((o) => o.id);
    assert.ok(
      zones.includes('Asia/Kolkata') && zones.includes('Europe/Kyiv') && zones.includes('UTC'),
    );
    assert.ok(!zones.includes('Asia/Calcutta'));
    const kathmandu = timeZoneOptions({ now: '2026-07-01T00:00:00Z' }).find(
      (o) => o.id === 'Asia/Kathmandu',
    );
    assert.deepEqual(kathmandu, {
      id: 'Asia/Kathmandu',
      name: 'Kathmandu',
      offsetMinutes: 345,
      offset: 'UTC+05:45',
    });
  });

  it('resolves a spring-forward gap forward and a fall-back overlap to the earlier instant', () => {
    assert.equal(fromLocal('2026-03-08', '02:30', 'America/New_York'), '2026-03-08T07:30:00Z');
    assert.deepEqual(toLocal('2026-03-08T07:30:00Z', 'America/New_York'), {
      date: '2026-03-08',
      time: '03:30',
      offset: '-04:00',
      offsetMinutes: -240,
    });
    assert.equal(fromLocal('2026-11-01', '01:30', 'America/New_York'), '2026-11-01T05:30:00Z');
    assert.equal(fromLocal('2026-10-25', '01:30', 'Europe/London'), '2026-10-25T00:30:00Z');
    assert.equal(fromLocal('2026-03-29', '01:30', 'Europe/London'), '2026-03-29T01:30:00Z');
    // Lord Howe moves by 30 minutes.
    assert.equal(fromLocal('2026-04-05', '01:45', 'Australia/Lord_Howe'), '2026-04-04T14:45:00Z');
    assert.equal(fromLocal('2026-10-04', '02:15', 'Australia/Lord_Howe'), '2026-10-03T15:45:00Z');
    // Midnight that does not exist: Santiago and Beirut start their DST day at 01:00.
    assert.equal(fromLocal('2026-09-06', '00:00', 'America/Santiago'), '2026-09-06T04:00:00Z');
    assert.equal(toLocal('2026-09-06T04:00:00Z', 'America/Santiago').time, '01:00');
    assert.equal(fromLocal('2026-03-29', '00:00', 'Asia/Beirut'), '2026-03-28T22:00:00Z');
    assert.equal(toLocal('2026-03-28T22:00:00Z', 'Asia/Beirut').time, '01:00');
  });

  it('reads 24:00 as the next day’s start and refuses malformed wall times', () => {
    assert.equal(fromLocal('2026-01-05', '24:00', 'UTC'), '2026-01-06T00:00:00Z');
    assert.throws(
      () => fromLocal('2026-01-05', '25:00', 'UTC'),
      (e: unknown) => e instanceof BookingInputError && e.code === 'invalid_wall_time',
    );
    assert.throws(
      () => fromLocal('2026-02-30', '10:00', 'UTC'),
      (e: unknown) => e instanceof BookingInputError && e.code === 'invalid_local_date',
    );
  });

  it('formats times for a locale and hour cycle', () => {
    assert.equal(
      formatLocalTime('2026-03-09T13:30:00Z', {
        timeZone: 'America/New_York',
        locale: 'en-US',
        hourCycle: 'h12',
      }),
      '9:30 AM',
    );
    assert.equal(
      formatLocalTime('2026-03-09T13:30:00Z', {
        timeZone: 'Europe/Paris',
        locale: 'fr',
        hourCycle: 'h23',
      }),
      '14:30',
    );
    assert.equal(
      formatLocalTime('2026-03-09T13:30:00Z', {
        timeZone: 'Asia/Kathmandu',
        locale: 'en-GB',
        hourCycle: 'h23',
      }),
      '19:15',
    );
  });
});
