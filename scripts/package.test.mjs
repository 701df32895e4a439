// What a published package must be, checked on a fresh build (`npm test` runs this as the
// "package" suite): the script-tag bundle within its size budget, publint's checks, every export
// resolving to built files (types first), Node entries importable, the no-define entry registering
// nothing, and the custom-elements manifest listing both elements.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..');
const PACKAGES = ['core', 'elements', 'mock', 'conformance'];
const manifestOf = (pkg) =>
  JSON.parse(readFileSync(join(root, 'packages', pkg, 'package.json'), 'utf8'));

describe('the published packages', () => {
  before(async () => {
    await run('npm', ['run', 'build', '--silent'], { cwd: root, maxBuffer: 1 << 26 });
  });

  it('keeps both script-tag bundles within their size budgets (npm run size)', async () => {
    const { stdout } = await run(process.execPath, ['scripts/size.mjs'], { cwd: root }).catch(
      (error) => error,
    );
    console.log(stdout);
    assert.match(stdout, /Budget: .* to spare/);
    // One budget line per bundle (visitor, then provider), each within its budget.
    const budgets = stdout.match(/^Budget: .*$/gm) ?? [];
    assert.equal(budgets.length, 2, 'a budget line for each bundle');
    for (const line of budgets) assert.match(line, /to spare/);
  });

  for (const pkg of PACKAGES) {
    it(`@booking/${pkg} passes publint`, async () => {
      const json = manifestOf(pkg);
      const { messages } = await publint({
        pkgDir: join(root, 'packages', pkg),
        level: 'suggestion',
        strict: true,
        pack: 'npm',
      });
      for (const message of messages)
        console.log(`  ${message.type}: ${formatMessage(message, json, { color: false })}`);
      assert.deepEqual(
        messages.filter((m) => m.type !== 'suggestion').map((m) => m.code),
        [],
      );
    });

    it(`@booking/${pkg}: every export resolves to built files, types first`, async () => {
      const json = manifestOf(pkg);
      const dir = join(root, 'packages', pkg);
      for (const [subpath, target] of Object.entries(json.exports)) {
        if (typeof target === 'string') {
          assert.ok(existsSync(join(dir, target)), `${subpath} → ${target}`);
          continue;
        }
        const keys = Object.keys(target);
        assert.ok(keys.indexOf('types') < keys.indexOf('default'), `${subpath}: types first`);
        for (const condition of ['types', 'default'])
          assert.ok(existsSync(join(dir, target[condition])), `${subpath} ${condition}`);
        assert.ok(target.default.startsWith('./dist/'), `${subpath} is published (dist/)`);
        if (pkg !== 'elements' && subpath !== './browser') {
          const module = await import(pathToFileURL(join(dir, target.default)).href);
          assert.ok(Object.keys(module).length > 0, `${subpath} exports something`);
        }
      }
    });
  }

  it('@booking/elements: the main entry defines nothing, the define entries do', () => {
    const dist = join(root, 'packages/elements/dist');
    const main = readFileSync(join(dist, 'index.js'), 'utf8');
    assert.doesNotMatch(main, /customElements\.define/);
    for (const [file, tags] of [
      ['define/booking-widget.js', ['booking-widget']],
      ['define/group-event-list.js', ['group-event-list']],
      ['define/booking-manage.js', ['booking-manage']],
      ['define/availability-editor.js', ['availability-editor']],
      ['define/booking-inbox.js', ['booking-inbox']],
    ]) {
      const text = readFileSync(join(dist, file), 'utf8');
      for (const tag of tags)
        assert.match(text, new RegExp(`customElements\\.define\\(["']${tag}["']`));
    }
    const all = readFileSync(join(dist, 'define/index.js'), 'utf8');
    assert.match(all, /booking-widget/);
    assert.match(all, /group-event-list/);
    assert.match(all, /booking-manage/);
    // The visitor's define entry carries none of the provider's elements; the provider's does.
    assert.doesNotMatch(all, /booking-inbox/);
    assert.doesNotMatch(all, /availability-editor/);
    const provider = readFileSync(join(dist, 'define/provider.js'), 'utf8');
    assert.match(provider, /booking-inbox/);
    assert.match(provider, /availability-editor/);
  });

  it('the script tag asks for the chunks of each element beside its code, not after it', () => {
    const dist = join(root, 'packages/elements/dist');
    const entry = readFileSync(join(dist, 'booking-elements.js'), 'utf8');
    const listed = entry.match(/function __bookingChunkImports\(\)\{return (\{.*?\})\}/);
    assert.ok(listed, 'the entry lists the chunks each element imports');
    const imports = JSON.parse(listed[1]);
    // The widget shares small chunks with <booking-manage>'s lazy views.
    assert.ok(imports['booking-widget']?.length > 0, JSON.stringify(imports));
    for (const [tag, files] of Object.entries(imports)) {
      const own = entry.match(
        new RegExp(`import\\("\\./(booking-elements-${tag}-[\\w-]+\\.js)"\\)`),
      );
      assert.ok(own, `the entry imports <${tag}>'s chunk`);
      const code = readFileSync(join(dist, own[1]), 'utf8');
      for (const file of files) {
        assert.ok(existsSync(join(dist, file)), `${file} is built`);
        assert.ok(code.includes(`"./${file}"`), `<${tag}>'s chunk imports ${file}`);
      }
    }
  });

  it('@booking/elements ships a custom-elements manifest with every element', () => {
    const json = manifestOf('elements');
    const manifest = JSON.parse(
      readFileSync(join(root, 'packages/elements', json.customElements), 'utf8'),
    );
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    assert.deepEqual(tags.map((d) => d.tagName).sort(), [
      'availability-editor',
      'booking-inbox',
      'booking-manage',
      'booking-widget',
      'group-event-list',
    ]);
    for (const element of tags) {
      assert.ok(
        element.attributes.some((a) => a.name === 'api-base'),
        element.tagName,
      );
      assert.ok(element.events.length >= 3, element.tagName);
      assert.ok(element.cssParts.length >= 5, element.tagName);
    }
  });
});
