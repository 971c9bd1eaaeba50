/**
 * Real captured feeds (third-party data) are never committed to this
 * repository: they live in ../shared/fixtures/feeds beside the checkout (or
 * wherever CAPTURED_FEEDS_DIR points). Tests over them are skipped, with a
 * message, where the folder is absent, so a bare clone still passes
 * `npm test`; every behaviour they check also has a synthetic fixture of ours.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

const DEFAULT_DIR = fileURLToPath(new URL('../../../shared/fixtures/feeds/', import.meta.url));

/** Absolute path of the captured feeds folder, ending in a slash. */
export const CAPTURED_DIR = `${resolve(process.env.CAPTURED_FEEDS_DIR ?? DEFAULT_DIR)}/`;

/** True when the captured feeds are beside this checkout. */
export const HAS_CAPTURED = existsSync(CAPTURED_DIR);

let warned = false;

/** `describe` for suites over captured feeds: skipped, with one message, when they are absent. */
export function describeCaptured(name: string, fn: () => void): void {
  if (!HAS_CAPTURED && !warned) {
    warned = true;
    console.warn(`Skipping tests over captured feeds: ${CAPTURED_DIR} not found (set CAPTURED_FEEDS_DIR to run them).`);
  }
  // A skipped describe still runs its body to collect the tests, and bodies read the
  // captures: without them, register one skipped test that says what is missing instead.
  if (HAS_CAPTURED) describe(`${name} [captured feeds]`, fn);
  else describe(`${name} [captured feeds]`, () => it.skip(`needs ${CAPTURED_DIR}`, () => {}));
}

/** `it` for one test over captured feeds inside a suite of synthetic ones: skipped when they are absent. */
export const itCaptured = it.skipIf(!HAS_CAPTURED);

export function readCaptured(name: string): Buffer;
export function readCaptured(name: string, encoding: BufferEncoding): string;
export function readCaptured(name: string, encoding?: BufferEncoding): Buffer | string {
  return encoding ? readFileSync(CAPTURED_DIR + name, encoding) : readFileSync(CAPTURED_DIR + name);
}

/** Names of the captured feeds (not SOURCES.md), sorted; [] when the folder is absent. */
export function capturedNames(): string[] {
  if (!HAS_CAPTURED) return [];
  return readdirSync(CAPTURED_DIR)
    .filter((f) => !f.endsWith('.md'))
    .sort();
}
