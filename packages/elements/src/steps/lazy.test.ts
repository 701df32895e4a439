import { expect } from '@open-wc/testing';
import { LazyModule } from './lazy.js';

/** A download that the test settles by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('LazyModule', () => {
  it('downloads once, forgets a failure, and downloads again on the next use', async () => {
    let calls = 0;
    let fail = true;
    const lazy = new LazyModule(async () => {
      calls++;
      if (fail) throw new TypeError('Failed to fetch dynamically imported module');
      return { name: 'module' };
    });
    await Promise.all([lazy.load(), lazy.load()]).catch(() => undefined);
    expect(calls).to.equal(1);
    expect(lazy.failed).to.equal(true);
    expect(lazy.loading).to.equal(false);
    fail = false;
    expect(await lazy.load()).to.deep.equal({ name: 'module' });
    expect(await lazy.load()).to.equal(lazy.value);
    expect(calls).to.equal(2);
    expect(lazy.failed).to.equal(false);
  });

  it('is not settled by a download that started before its importer changed', async () => {
    const first = deferred<{ name: string }>();
    const lazy = new LazyModule(() => first.promise);
    const stale = lazy.load();
    const second = deferred<{ name: string }>();
    lazy.importer = () => second.promise;
    first.resolve({ name: 'old' });
    await stale;
    expect(lazy.value).to.equal(undefined);
    const current = lazy.load();
    expect(lazy.loading).to.equal(true);
    second.reject(new TypeError('offline'));
    await current.catch(() => undefined);
    expect(lazy.failed).to.equal(true);
    expect(lazy.value).to.equal(undefined);
  });

  it('keeps the module of a newer download when a stale one fails late', async () => {
    const first = deferred<{ name: string }>();
    const lazy = new LazyModule(() => first.promise);
    const stale = lazy.load();
    lazy.importer = async () => ({ name: 'new' });
    const current = lazy.load();
    first.reject(new TypeError('offline'));
    await stale.catch(() => undefined);
    expect(await current).to.deep.equal({ name: 'new' });
    expect(lazy.value).to.deep.equal({ name: 'new' });
    expect(lazy.failed).to.equal(false);
  });
});
