// Runs the headless example as a user would and checks what it prints.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./week.ts', import.meta.url));

describe('the headless Node example', () => {
  it('prints the week in two zones, a quote and three checked requests', () => {
    const out = execFileSync(
      process.execPath,
      ['--conditions=@booking/source', '--import', 'tsx', script],
      {
        encoding: 'utf8',
      },
    );
    // Monday 09:00-12:00 in New York is 14:00-17:00 in London and 23:00-02:00 in Tokyo.
    assert.match(out, /Europe\/London\n {2}2026-11-23 {2}14:00 {2}15:00 {2}16:00/);
    assert.match(out, /Asia\/Tokyo\n {2}2026-11-23 {2}23:00\n {2}2026-11-24 {2}00:00 {2}01:00/);
    assert.match(out, /early_booking +-\$9\.00\n {2}total +\$81\.00/);
    assert.match(out, /a taken slot +409 conflict; try /);
    assert.match(out, /a bad email +422 client\.email: Please enter an email address/);
    assert.match(out, /a good request +ok: confirmed, \$81\.00/);
  });
});
