// A module that the first render does not need: downloaded with a dynamic import when first used,
// or earlier when the page is idle; a failed download is forgotten, so the next use tries again.

/** One lazily imported module and where its download stands. */
export class LazyModule<T> {
  /** The module, once it is here. */
  value: T | undefined;
  /** The last download failed (and nothing is downloading now). */
  failed = false;
  #loading: Promise<T> | undefined;

  /** `importer` is a dynamic `import()`; the script-tag build makes it a chunk of its own. */
  constructor(public importer: () => Promise<T>) {}

  /** The module: downloads it the first time, and again after a failure. */
  load(): Promise<T> {
    this.#loading ??= this.importer().then(
      (module) => {
        this.value = module;
        this.failed = false;
        return module;
      },
      (error: unknown) => {
        this.#loading = undefined;
        this.failed = true;
        throw error;
      },
    );
    return this.#loading;
  }

  /** Whether a download is under way. */
  get loading(): boolean {
    return this.#loading !== undefined && this.value === undefined;
  }

  /**
   * Downloads once the page is idle (after the first render's requests), so that the visitor
   * does not wait for it later. A failure here is silent: `load()` tries again when needed.
   */
  prefetch(): void {
    if (this.value !== undefined || this.#loading) return;
    const start = () => void this.load().catch(() => undefined);
    if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 4000 });
    else setTimeout(start, 1500);
  }
}
