// Builds what the live demo needs (the script-tag bundle and the demo's own module) with rollup.
import { rollup } from 'rollup';
import { demoConfig } from '../rollup.config.mjs';

/** Builds examples/demo/dist; resolves when every bundle is written. */
export async function buildDemo() {
  for (const config of demoConfig) {
    const bundle = await rollup({ ...config, onwarn: config.onwarn });
    await bundle.write(config.output);
    await bundle.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildDemo();
  console.log('Built examples/demo/dist');
}
