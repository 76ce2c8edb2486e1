import { existsSync } from 'node:fs';
import path from 'node:path';

/** The repository root (the folder holding turbo.json), found upwards from this file. */
export function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'turbo.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('repository root (turbo.json) not found');
    dir = parent;
  }
  return dir;
}
