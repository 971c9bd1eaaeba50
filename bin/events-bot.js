#!/usr/bin/env node
// The `events-bot` command. Runs the TypeScript sources through tsx so that
// `npx events-bot …` works straight after `npm install`, with no build step.
// Where tsx is not installed (the Docker image, which carries only what the
// service needs at run time), it runs the compiled JavaScript in dist/
// (`npm run build`) instead.
let tsx;
try {
  tsx = await import('tsx/esm/api');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
}
if (tsx) {
  tsx.register();
  await import('../src/cli/main.ts');
} else {
  const compiled = new URL('../dist/src/cli/main.js', import.meta.url);
  const { existsSync } = await import('node:fs');
  if (!existsSync(compiled)) {
    process.stderr.write('events-bot: tsx is not installed and dist/ is not built: run `npm install` or `npm run build`.\n');
    process.exit(1);
  }
  await import(compiled.href);
}
