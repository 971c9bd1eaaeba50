import { afterEach, expect, it } from 'vitest';
import { forEachDatabase, createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { recordingLogger } from '../helpers/recording-logger.js';
import { startService, type RunningService } from '../../src/service/index.js';

/** The service's HTTP face: /healthz says whether the database answers. */
forEachDatabase((provider) => {
  let database: TestDatabase | undefined;
  let service: RunningService | undefined;
  afterEach(async () => {
    await service?.stop();
    await database?.drop();
  });

  it('answers /healthz with 200 and its status while the database answers', async () => {
    database = await createTestDatabase(provider);
    service = await startService({
      env: { DATABASE_URL: database.url, HTTP_PORT: '0', HTTP_HOST: '127.0.0.1', CONSOLE_CHAT: 'off' },
      logger: recordingLogger(),
      schedules: false,
    });
    const url = `http://127.0.0.1:${service.httpPort}`;
    const up = await fetch(`${url}/healthz`);
    expect(up.status).toBe(200);
    expect(await up.json()).toEqual({ ok: true, status: 'ready', database: 'up', provider, chat: [] });
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    expect((await fetch(`${url}/livez`)).status).toBe(200);
    const metrics = await fetch(`${url}/metrics`);
    expect(metrics.status).toBe(200); // no METRICS_TOKEN: open
    expect(await metrics.text()).toContain('events_bot_poll_cycles_total 0');
    expect((await fetch(`${url}/healthz`, { method: 'POST' })).status).toBe(405);
    expect((await fetch(`${url}/nope`)).status).toBe(404);
  });

  if (provider === 'postgres') {
    it('answers /healthz with 503 when the database goes away', async () => {
      database = await createTestDatabase(provider);
      service = await startService({
        env: { DATABASE_URL: database.url, HTTP_PORT: '0', HTTP_HOST: '127.0.0.1', CONSOLE_CHAT: 'off' },
        logger: recordingLogger(),
        schedules: false,
      });
      await database.drop();
      const down = await fetch(`http://127.0.0.1:${service.httpPort}/healthz`);
      expect(down.status).toBe(503);
      expect(await down.json()).toMatchObject({ ok: false, status: 'unavailable', database: 'down' });
      // Liveness is not readiness: the process is alive, restarting it would not bring the database back.
      expect((await fetch(`http://127.0.0.1:${service.httpPort}/livez`)).status).toBe(200);
    });
  }
});
