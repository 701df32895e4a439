// A fresh browser page for the cold-start bench: runs one ColdStart and leaves it on
// `window.coldStart` (or the error message on `window.coldStartError`). Options come from the
// query string: ?hideTemporal&warmRuns=200.
import { coldStart } from './cold-start.js';

const params = new URLSearchParams(location.search);
const target = window as unknown as { coldStart?: unknown; coldStartError?: string };
coldStart({
  hideTemporal: params.has('hideTemporal'),
  warmRuns: Number(params.get('warmRuns') ?? 0),
}).then(
  (result) => (target.coldStart = result),
  (error: unknown) => (target.coldStartError = String(error)),
);
