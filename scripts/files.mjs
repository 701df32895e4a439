// Small file helpers shared by the scripts (Node 20 has no fs.glob).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir` (recursively, skipping node_modules and dist) whose path matches `test`. */
export function findFiles(dir, test) {
  const out = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist') continue;
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (test(path)) out.push(path);
    }
  };
  walk(dir);
  return out.sort();
}
