// `npm run openapi`: writes docs/openapi.json from core's zod schemas (run through tsx with the
// `source` condition, see package.json), formatted as the repository formats JSON. A test fails
// when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { openApiDocument } from '@booking/core/openapi';

const file = 'docs/openapi.json';
const text = await format(JSON.stringify(openApiDocument()), {
  ...(await resolveConfig(file)),
  filepath: file,
});
writeFileSync(file, text);
console.log(`${file} written`);
