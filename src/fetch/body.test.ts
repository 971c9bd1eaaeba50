import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readBody } from './body.js';

const chunks = (...parts: string[]): Readable => Readable.from(parts.map((p) => Buffer.from(p)));

/** Uncompressed bodies are read straight from the stream; compressed ones through the decoders. Both keep the same cap. */
describe('readBody', () => {
  it.each([null, '', 'identity', ' Identity , identity'])('reads an uncompressed body whole (Content-Encoding %j)', async (coding) => {
    const result = await readBody(chunks('Zürich ', '🚀', ''), coding, 100);
    expect(result.kind === 'ok' && result.body.toString()).toBe('Zürich 🚀');
  });

  it('reads an empty body', async () => {
    const result = await readBody(chunks(), null, 10);
    expect(result.kind === 'ok' && result.body.length).toBe(0);
  });

  it('stops at the first chunk past the cap, counting the bytes so far, and destroys the stream', async () => {
    expect(await readBody(chunks('12345', '67890'), null, 10)).toEqual({ kind: 'ok', body: Buffer.from('1234567890') });
    const over = chunks('12345', '67890', 'abcde');
    expect(await readBody(over, null, 9)).toEqual({ kind: 'too-large', bytes: 10 });
    expect(over.destroyed).toBe(true);
  });

  it('caps a compressed body after decoding, as before', async () => {
    const zipped = Readable.from([gzipSync(Buffer.alloc(1000, 'a'))]);
    expect(await readBody(zipped, 'gzip', 500)).toMatchObject({ kind: 'too-large' });
    const small = await readBody(Readable.from([gzipSync(Buffer.from('hello'))]), 'gzip', 500);
    expect(small.kind === 'ok' && small.body.toString()).toBe('hello');
  });

  it('rejects when the stream fails, and reports an unknown coding', async () => {
    const failing = new Readable({
      read() {
        this.destroy(new Error('connection reset'));
      },
    });
    await expect(readBody(failing, null, 100)).rejects.toThrow('connection reset');
    expect(await readBody(chunks('x'), 'compress', 100)).toMatchObject({ kind: 'bad-encoding' });
  });
});
