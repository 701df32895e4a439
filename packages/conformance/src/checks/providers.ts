// Public reads of providers: the list with cursors, search, a bad cursor, an unknown id.
import type { Provider } from '@booking/core';
import { ProviderPageSchema } from '@booking/core/schemas';
import { expect, expectProblem, expectStatus, type Exchange } from '../client.js';
import { body, enc, key, type Check } from '../context.js';

export const providerChecks: Check[] = [
  {
    id: 'providers.list',
    title: 'GET /providers pages through every provider with cursors, without repeats',
    async run({ client, providerId }) {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const x: Exchange = await client.send(
          'GET',
          `/providers?limit=2${cursor ? `&cursor=${enc(cursor)}` : ''}`,
        );
        expectStatus(x, 200);
        const page = body<{ items: Provider[]; nextCursor: string | null }>(
          x,
          ProviderPageSchema,
          'GET /providers',
        );
        expect(page.items.length <= 2, `limit=2 answered ${page.items.length} items`);
        seen.push(...page.items.map((p) => p.id));
        cursor = page.nextCursor;
        expect(++pages < 1000, 'the cursors never end');
      } while (cursor);
      expect(
        new Set(seen).size === seen.length,
        `a provider came twice while paging: ${seen.join(', ')}`,
      );
      expect(seen.includes(providerId), `"${providerId}" was not listed`);
    },
  },
  {
    id: 'providers.search',
    title: 'GET /providers?q= finds a provider by a word of its name',
    async run({ client, provider }) {
      const word = provider.name.split(/\s+/).find((w) => w.length > 2) ?? provider.name;
      const x = await client.send('GET', `/providers?q=${enc(word.toLowerCase())}&limit=100`);
      expectStatus(x, 200);
      const page = body<{ items: Provider[] }>(x, ProviderPageSchema, 'GET /providers?q=');
      expect(
        page.items.some((p) => p.id === provider.id),
        `searching "${word}" did not find "${provider.id}"`,
      );
      const none = await client.send('GET', `/providers?q=${enc('zz-no-such-provider-zz')}`);
      expectStatus(none, 200);
      expect(
        body<{ items: Provider[] }>(none, ProviderPageSchema, 'search').items.length === 0,
        'a search for nonsense found providers',
      );
    },
  },
  {
    id: 'providers.bad-cursor',
    title: 'A cursor the server never gave out is refused with problem details',
    async run({ client }) {
      expectProblem(await client.send('GET', '/providers?cursor=not-a-cursor'), [400, 422]);
    },
  },
  {
    id: 'providers.get',
    title: 'GET /providers/{id} returns the profile; an unknown id is 404 provider_not_found',
    async run({ client }) {
      expectProblem(await client.send('GET', `/providers/${key()}`), [404], 'provider_not_found');
    },
  },
];
