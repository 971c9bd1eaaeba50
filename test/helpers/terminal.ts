import { PassThrough, Writable } from 'node:stream';

/**
 * A terminal for the console chat in tests: lines typed into its input, all it
 * printed collected, and a wait for a text (or pattern) to be printed.
 */
export function terminal() {
  const input = new PassThrough();
  let output = '';
  let quit = false;
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      output += chunk.toString();
      done();
    },
  });
  const waitFor = async (text: string | RegExp, timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs;
    const seen = () => (typeof text === 'string' ? output.includes(text) : text.test(output));
    while (!seen()) {
      if (Date.now() > deadline) throw new Error(`console never printed ${String(text)}; it printed:\n${output}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  return {
    /** What startTestService's `console` option takes. */
    streams: { input, output: sink, onQuit: () => (quit = true) },
    type: (line: string) => input.write(`${line}\n`),
    waitFor,
    get output() {
      return output;
    },
    /** True once the console asked to quit. */
    get quit() {
      return quit;
    },
  };
}
