// `booking-conformance --base-url URL --provider-token T [--provider-id ID] [--other-provider-token T]
//  [--also-base-url URL] [--origin ORIGIN] [--only prefix,…] [--json]`: runs the suite, prints the
//  report, exits 1 when anything failed.
import { parseArgs } from 'node:util';
import { DEFAULT_ORIGIN, formatReport, runConformance } from './index.js';

const usage = `Usage: booking-conformance --base-url URL --provider-token TOKEN [options]

Checks that the server at URL implements the booking HTTP contract. It replaces the token's
provider's schedule for the run (and restores it), and creates bookings and events (one starts
a few seconds after it is made): use a test provider with no sessions in the next few minutes.

Options:
  --base-url URL              the contract's base URL, e.g. http://127.0.0.1:8080/api
  --provider-token TOKEN      a provider's bearer token
  --provider-id ID            that provider's id (found by probing when omitted)
  --other-provider-token T    another provider's token, to check 403 answers and that
                              idempotency keys are scoped to the caller
  --also-base-url URL         a second instance of the same deployment (same database): the
                              racing creates alternate between both URLs and must still make
                              exactly one booking
  --origin ORIGIN             the Origin the CORS checks send (default ${DEFAULT_ORIGIN});
                              use one the server allows when it restricts origins
  --only PREFIX[,PREFIX]      run only the checks whose id starts with a prefix
  --json                      print the report as JSON
  --help                      this text
`;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        'base-url': { type: 'string' },
        'provider-token': { type: 'string' },
        'provider-id': { type: 'string' },
        'other-provider-token': { type: 'string' },
        'also-base-url': { type: 'string' },
        origin: { type: 'string' },
        only: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(usage);
    return 0;
  }
  if (!values['base-url'] || !values['provider-token']) {
    process.stderr.write(`--base-url and --provider-token are required.\n\n${usage}`);
    return 2;
  }
  const report = await runConformance({
    baseUrl: values['base-url'],
    providerToken: values['provider-token'],
    ...(values['provider-id'] ? { providerId: values['provider-id'] } : {}),
    ...(values['other-provider-token']
      ? { otherProviderToken: values['other-provider-token'] }
      : {}),
    ...(values['also-base-url'] ? { alsoBaseUrl: values['also-base-url'] } : {}),
    ...(values.origin ? { origin: values.origin } : {}),
    ...(values.only ? { only: values.only.split(',') } : {}),
  });
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  return report.ok ? 0 : 1;
}

process.exitCode = await main();
