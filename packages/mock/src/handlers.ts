// MSW request handlers over an in-memory copy of the demo data.
import { http, HttpResponse } from 'msw';
import { demoProviders, type MockProvider } from './demo-data.js';

/** Options of {@link createMockHandlers}. */
export interface MockOptions {
  /** Where the API lives, absolute or relative to the page; default `/api`. */
  baseUrl?: string;
  /** Providers to serve; default {@link demoProviders}. */
  providers?: MockProvider[];
}

const problem = (status: number, code: string, detail: string) =>
  HttpResponse.json(
    {
      type: `https://booking.dev/problems/${code}`,
      title: code.replace(/_/g, ' '),
      status,
      code,
      detail,
    },
    {
      status,
      headers: { 'content-type': 'application/problem+json' },
    },
  );

/**
 * MSW handlers serving providers and their availability from memory.
 *
 * @example
 * const worker = setupWorker(...createMockHandlers({ baseUrl: '/api' }));
 */
export function createMockHandlers(options: MockOptions = {}) {
  const base = (options.baseUrl ?? '/api').replace(/\/$/, '');
  const providers = new Map(
    structuredClone(options.providers ?? demoProviders).map((p) => [p.id, p]),
  );
  const find = (id: string | readonly string[] | undefined) => providers.get(String(id));
  return [
    http.get(`${base}/providers/:id`, ({ params }) => {
      const provider = find(params.id);
      if (!provider)
        return problem(404, 'provider_not_found', `There is no provider "${String(params.id)}".`);
      const { weekly: _w, overrides: _o, ...profile } = provider;
      return HttpResponse.json(profile);
    }),
    http.get(`${base}/providers/:id/availability`, ({ params }) => {
      const provider = find(params.id);
      if (!provider)
        return problem(404, 'provider_not_found', `There is no provider "${String(params.id)}".`);
      return HttpResponse.json({
        timeZone: provider.timeZone,
        weekly: provider.weekly,
        overrides: provider.overrides,
        busy: [],
      });
    }),
  ];
}
