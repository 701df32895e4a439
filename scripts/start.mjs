// `npm start`: builds the demo, then serves it on http://localhost:8000 (PORT overrides) with the
// mock backend running in the browser.
import { buildDemo } from './build-demo.mjs';
import { serve } from './serve.mjs';

const port = Number(process.env.PORT ?? 8000);
console.log('Building the demo…');
const started = performance.now();
await buildDemo();
console.log(`Built in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
try {
  const { url } = await serve('examples/demo', port, process.env.HOST ?? '127.0.0.1');
  console.log(
    `\nThe live demo is at ${url}  (Ctrl+C stops it; PORT=8080 npm start picks another port)`,
  );
} catch (error) {
  if (error.code === 'EADDRINUSE') {
    console.error(`Port ${port} is in use. Start on another one: PORT=8080 npm start`);
    process.exit(1);
  }
  throw error;
}
