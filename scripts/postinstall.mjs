// Runs after `npm install` / `npm ci`:
// 1. generates both Prisma clients offline (required: the service can't start without them);
// 2. builds the compact gazetteer cache, so even the first start is quick (optional: without
//    it the first use builds the same file, so a failure here is only reported).
// Each step is its own script so it can also be run by hand.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const steps = [
  { args: ['scripts/prisma-generate.mjs'], required: true },
  { args: ['--import', 'tsx', 'scripts/build-gazetteer.ts'], required: false },
];
for (const { args, required } of steps) {
  if (!existsSync(args.at(-1))) continue;
  const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (r.status === 0) continue;
  if (required) process.exit(r.status ?? 1);
  console.warn(`(${args.at(-1)} did not finish; the gazetteer will be built on first use instead)`);
}
