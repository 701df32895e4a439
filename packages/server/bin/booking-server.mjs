#!/usr/bin/env node
// The published command runs the built server; inside this repository (no build) it runs the
// TypeScript source through tsx with the `@booking/source` export condition. Either way the server
// runs in this process: a terminal's Ctrl+C reaches it once, and it shuts down cleanly (a wrapper
// that forwarded the signal to a child made the child see it twice and exit at once with 1).
import { existsSync } from 'node:fs';
import { register } from 'node:module';
import { fileURLToPath } from 'node:url';

const built = new URL('../dist/cli.js', import.meta.url);
if (existsSync(fileURLToPath(built))) {
  await import(built.href);
} else {
  const withSourceCondition = `export function resolve(specifier, context, next) {
    return next(specifier, { ...context, conditions: [...context.conditions, '@booking/source'] });
  }`;
  register(`data:text/javascript,${encodeURIComponent(withSourceCondition)}`);
  const { register: registerTsx } = await import('tsx/esm/api');
  registerTsx();
  await import(new URL('../src/cli.ts', import.meta.url).href);
}
