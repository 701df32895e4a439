// The committed OpenAPI document is what the schemas generate (it cannot drift), and it hangs
// together: every $ref resolves, every operation documents its errors as problem details.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { endpoints } from '@booking/core/contract';
import { openApiDocument } from '@booking/core/openapi';

const committed = JSON.parse(
  readFileSync(new URL('../../../docs/openapi.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

describe('the OpenAPI document', () => {
  it('is up to date with the schemas (run `npm run openapi` after changing them)', () => {
    assert.deepEqual(committed, JSON.parse(JSON.stringify(openApiDocument())));
  });

  it('leaves the endpoint and problem tables of the docs up to date (`npm run openapi`)', async () => {
    // @ts-expect-error: a plain JavaScript module of the repository's scripts.
    const { contractTables } = await import('../../../scripts/contract-tables.mjs');
    const file = new URL('../../../docs/http-contract.md', import.meta.url);
    const text = readFileSync(file, 'utf8');
    const fresh = await format(contractTables(text), {
      ...(await resolveConfig(fileURLToPath(file))),
      filepath: fileURLToPath(file),
    });
    assert.equal(text, fresh);
  });

  it('resolves every reference and answers every error with problem details', () => {
    const text = JSON.stringify(committed);
    const schemas = (committed.components as { schemas: Record<string, unknown> }).schemas;
    for (const [, name] of text.matchAll(/"#\/components\/schemas\/(\w+)"/g))
      assert.ok(schemas[name!], `#/components/schemas/${name} is missing`);
    const paths = committed.paths as Record<
      string,
      Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>
    >;
    let operations = 0;
    for (const [path, methods] of Object.entries(paths))
      for (const [method, op] of Object.entries(methods)) {
        operations++;
        for (const [status, response] of Object.entries(op.responses))
          if (/^[45]/.test(status))
            assert.ok(
              response.content?.['application/problem+json'],
              `${method} ${path} ${status}`,
            );
      }
    assert.equal(operations, Object.keys(endpoints).length);
  });
});
