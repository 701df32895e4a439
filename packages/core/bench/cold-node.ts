// A fresh Node process for the cold-start bench: prints one ColdStart as JSON.
// Flags: --start-intl (start Intl before core, timed on its own).
import { coldStart } from './cold-start.js';

const result = await coldStart({ startIntl: process.argv.includes('--start-intl') });
process.stdout.write(`${JSON.stringify(result)}\n`);
