/**
 * `npm run bench`: runs every benchmark in bench/ in its own process and
 * prints their figures. Nothing here passes or fails; read the numbers.
 */
import { spawnSync } from 'node:child_process';

const BENCHES = [
  'bench/gazetteer.bench.ts',
  'bench/parse.bench.ts',
  'bench/store.bench.ts',
  'bench/nearby.bench.ts',
  'bench/interaction.bench.ts',
  'bench/ingest.bench.ts',
  'bench/memory.bench.ts',
];

for (const file of BENCHES) {
  console.log(`\n━━ ${file} ━━`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', file], { stdio: 'inherit', env: process.env });
  if (r.status !== 0) console.log(`(${file} exited with ${r.status})`);
}
