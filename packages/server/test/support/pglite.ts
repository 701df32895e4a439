// PGlite data folders for the tests. Creating a database takes PGlite about 20 s here and
// reopening one about 4 s, so a migrated template is made once (per migrations and PGlite
// version, kept under node_modules/.cache) and each test copies it.
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPgliteStore } from '@booking/server/pglite';

const packageRoot = fileURLToPath(new URL('../../', import.meta.url));
const cacheRoot = fileURLToPath(
  new URL('../../../../node_modules/.cache/booking-server-test/', import.meta.url),
);

/** What the template depends on: every migration and the PGlite version. */
async function templateKey(): Promise<string> {
  const hash = createHash('sha256');
  const folder = join(packageRoot, 'migrations');
  for (const name of (await readdir(folder)).sort())
    hash.update(name).update(await readFile(join(folder, name)));
  // The entry is dist/index.js; the package's manifest is one folder up.
  const entry = import.meta.resolve('@electric-sql/pglite');
  const manifest = JSON.parse(await readFile(new URL('../package.json', entry), 'utf8')) as {
    version: string;
  };
  hash.update(manifest.version);
  return hash.digest('hex').slice(0, 16);
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** The migrated, empty template folder (made when missing; concurrent test files wait for it). */
async function template(): Promise<string> {
  const path = join(cacheRoot, `pglite-${await templateKey()}`);
  if (await exists(path)) return path;
  await mkdir(cacheRoot, { recursive: true });
  const lock = `${path}.lock`;
  try {
    await mkdir(lock);
  } catch {
    // Another process makes it: wait (a lock older than 2 minutes is from a dead process).
    const started = Date.now();
    while (!(await exists(path))) {
      const age = await stat(lock).then(
        (s) => Date.now() - s.mtimeMs,
        () => Infinity,
      );
      if (age > 120_000 || Date.now() - started > 180_000) {
        await rm(lock, { recursive: true, force: true });
        return template();
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return path;
  }
  try {
    const building = `${path}.building-${process.pid}`;
    await rm(building, { recursive: true, force: true });
    const store = await createPgliteStore({ dataDir: building });
    await store.close();
    await rename(building, path);
    return path;
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

/** A fresh data folder: a copy of the migrated template, removed by `remove`. */
export async function pgliteDataDir(): Promise<{ dir: string; remove(): Promise<void> }> {
  const from = await template();
  const parent = await mkdtemp(join(tmpdir(), 'booking-pglite-'));
  const dir = join(parent, 'data');
  await cp(from, dir, { recursive: true });
  return { dir, remove: () => rm(parent, { recursive: true, force: true }) };
}
