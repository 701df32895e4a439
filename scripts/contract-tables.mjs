// The tables of docs/http-contract.md that come from the contract table: every endpoint, and every
// problem code with its status. Each sits between `<!-- name:start -->` and `<!-- name:end -->`.
import { endpoints, PROBLEMS, summaries } from '@booking/core/contract';

const who = { none: 'anyone', provider: 'the provider', manage: 'its manage token' };

function endpointRows() {
  const rows = Object.entries(endpoints).map(([name, e]) => {
    const marks = [e.keyed && 'keyed', e.etag && 'ETag', e.ifMatch && 'If-Match']
      .filter(Boolean)
      .join(', ');
    const statuses = Object.keys(e.responses).join(', ');
    return `| \`${e.method} ${e.path}\` | \`${name}\` | ${who[e.auth]}${marks ? `; ${marks}` : ''} | ${statuses} | ${summaries[name]} |`;
  });
  return [
    '| endpoint | client method | who | answers | what |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

function problemRows() {
  const rows = Object.entries(PROBLEMS).map(
    ([code, { status, title }]) => `| \`${code}\` | ${status} | ${title} |`,
  );
  return ['| code | status | title |', '| --- | --- | --- |', ...rows].join('\n');
}

/** `text` with each marked table replaced by what the contract says now. */
export function contractTables(text) {
  const tables = { endpoints: endpointRows(), problems: problemRows() };
  let out = text;
  for (const [name, table] of Object.entries(tables)) {
    const pattern = new RegExp(`<!-- ${name}:start -->[\\s\\S]*?<!-- ${name}:end -->`);
    if (!pattern.test(out))
      throw new Error(`docs/http-contract.md has no <!-- ${name}:start --> marker.`);
    out = out.replace(pattern, `<!-- ${name}:start -->\n\n${table}\n\n<!-- ${name}:end -->`);
  }
  return out;
}
