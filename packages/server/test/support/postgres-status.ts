// Run once by `npm test` before the server suite: prints the one line saying why the PostgreSQL
// tests are skipped, when they are (nothing when PostgreSQL answers or BOOKING_REQUIRE_POSTGRES=1).
import { postgresRequired, skipLine } from './postgres.js';

if (skipLine && !postgresRequired) process.stdout.write(`${skipLine}\n`);
