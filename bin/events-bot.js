#!/usr/bin/env node
// The `events-bot` command. Runs the TypeScript sources through tsx so that
// `npx events-bot …` works straight after `npm install`, with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
