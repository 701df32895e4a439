// `npm run openapi`: writes what the contract table generates into the docs: docs/openapi.json
// (OpenAPI 3.1) and the endpoint and problem tables of docs/http-contract.md (between their
// markers), formatted as the repository formats them. A test fails when either is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { contractTables } from './contract-tables.mjs';
import { openApiDocument } from '@booking/core/openapi';

const prettier = async (text, filepath) =>
  format(text, { ...(await resolveConfig(filepath)), filepath });

const json = 'docs/openapi.json';
writeFileSync(json, await prettier(JSON.stringify(openApiDocument()), json));

const markdown = 'docs/http-contract.md';
writeFileSync(markdown, await prettier(contractTables(readFileSync(markdown, 'utf8')), markdown));
console.log(`${json} and the tables of ${markdown} written`);
