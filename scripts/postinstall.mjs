// Runs after `npm install` / `npm ci`: generates the Prisma clients offline.
// Each step is its own script so it can also be run by hand.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const steps = [['scripts/prisma-generate.mjs']];
for (const [script] of steps) {
  if (!existsSync(script)) continue;
  const r = spawnSync(process.execPath, [script], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
