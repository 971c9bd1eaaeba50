/**
 * The measured half of bench/memory.bench.ts: a fresh process that starts
 * the service on the seeded database given as argv[2] and prints start-up
 * time and RSS. Time counts from process start (module loading included).
 */
import { loadGazetteer } from '../src/place/index.js';
import { startService } from '../src/service/index.js';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const service = await startService({
  env: { DATABASE_URL: process.argv[2], HTTP_PORT: '0', HTTP_HOST: '127.0.0.1', LOG_LEVEL: 'silent', CONSOLE_CHAT: 'off' },
  schedules: false,
});
loadGazetteer();
for (;;) {
  const res = await fetch(`http://127.0.0.1:${service.httpPort}/healthz`).catch(() => null);
  if (res?.status === 200) break;
  await new Promise((r) => setTimeout(r, 10));
}
const readyMs = performance.now();
const rssReady = process.memoryUsage().rss;
const now = new Date();
for (let i = 0; i < 50; i++) {
  await service.store.events.near({
    lat: 52.48 + (i % 10) / 100,
    lon: -1.89,
    radiusKm: 25,
    from: now,
    to: new Date(now.getTime() + 7 * 86_400_000),
    attendance: ['in_person', 'hybrid'],
    limit: 10,
  });
}
const sources = await service.store.sources.list();
console.log(`  start to ready   ${(readyMs / 1000).toFixed(2)} s (process start → /healthz 200, gazetteer loaded)`);
console.log(`  RSS when ready   ${mb(rssReady)}`);
console.log(
  `  RSS after use    ${mb(process.memoryUsage().rss)} (50 nearby queries, ${sources.length} sources listed) · peak ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
);
await service.stop();
