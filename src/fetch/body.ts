/**
 * Reads a response body with a byte cap that is enforced while streaming and
 * after decompression, so neither a huge body nor a small gzip/deflate/br
 * bomb can fill memory. We undo Content-Encoding ourselves (undici's
 * `request` does not) and count the bytes that come out of the decoders.
 */
import { once } from 'node:events';
import type { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { constants, createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib';

export type BodyResult = { kind: 'ok'; body: Buffer } | { kind: 'too-large'; bytes: number } | { kind: 'bad-encoding'; message: string };

/** Lenient flushing, like browsers: a truncated compressed body yields what was decoded. */
const LENIENT = { finishFlush: constants.Z_SYNC_FLUSH };

type DecoderFactory = (firstByte: number | undefined) => Transform;

const DECODERS: Record<string, DecoderFactory> = {
  gzip: () => createGunzip(LENIENT),
  'x-gzip': () => createGunzip(LENIENT),
  br: () => createBrotliDecompress({ finishFlush: constants.BROTLI_OPERATION_FLUSH }),
  // "deflate" should be zlib-wrapped but some servers send raw deflate; a
  // zlib stream starts with a CMF byte whose low nibble is 8.
  deflate: (first) => (first === undefined || (first & 0x0f) === 8 ? createInflate(LENIENT) : createInflateRaw(LENIENT)),
};

/**
 * The codings to undo, in the order to undo them (the header lists them in
 * the order they were applied), or the first coding we cannot undo.
 */
function parseContentEncoding(value: string | null): { codings: string[] } | { unknown: string } {
  const codings = (value ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity');
  const unknown = codings.find((c) => !Object.hasOwn(DECODERS, c));
  return unknown ? { unknown } : { codings: codings.reverse() };
}

class TooLarge extends Error {
  constructor(readonly bytes: number) {
    super(`body larger than the limit (${bytes} bytes so far)`);
  }
}

/** A pipeline stage that passes chunks through and throws once more than `maxBytes` went by. */
function capped(maxBytes: number) {
  return async function* (source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    let total = 0;
    for await (const chunk of source) {
      total += chunk.length;
      if (total > maxBytes) throw new TooLarge(total);
      yield chunk;
    }
  };
}

/** Looks at the first byte without consuming it (for sniffing "deflate"). */
async function peekFirstByte(body: Readable): Promise<number | undefined> {
  if (body.readableEnded) return undefined;
  await once(body, 'readable');
  const chunk = body.read() as Buffer | null;
  if (!chunk) return undefined;
  body.unshift(chunk);
  return chunk[0];
}

/**
 * Reads `body`, undoing `contentEncoding`, and returns at most `maxBytes`
 * decoded bytes. The raw bytes are capped too. Every stream is destroyed on
 * early exit (pipeline does that), so a too-large body stops downloading.
 */
export async function readBody(body: Readable, contentEncoding: string | null, maxBytes: number): Promise<BodyResult> {
  const encoding = parseContentEncoding(contentEncoding);
  // undici reports destroying an unfinished body as an 'error' event; nobody else may be listening.
  body.on('error', () => undefined);
  if ('unknown' in encoding) {
    body.destroy();
    return { kind: 'bad-encoding', message: `the server used an unsupported Content-Encoding "${encoding.unknown}"` };
  }
  if (encoding.codings.length === 0) return readPlain(body, maxBytes);
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    const first = encoding.codings.length > 0 ? await peekFirstByte(body) : undefined;
    // Only the outermost coding sees the raw first byte; inner ones get undefined (zlib-wrapped assumed).
    const decoders = encoding.codings.map((c, i) => (DECODERS[c] as DecoderFactory)(i === 0 ? first : undefined));
    const sink = async (source: AsyncIterable<Buffer>): Promise<void> => {
      for await (const chunk of capped(maxBytes)(source)) {
        chunks.push(chunk);
        total += chunk.length;
      }
    };
    // pipeline() has no variadic overload that typechecks with a dynamic list of transforms.
    const stages = [body, capped(maxBytes), ...decoders, sink] as unknown as Parameters<typeof pipeline>;
    await pipeline(...stages);
    return { kind: 'ok', body: Buffer.concat(chunks, total) };
  } catch (error) {
    if (error instanceof TooLarge) return { kind: 'too-large', bytes: error.bytes };
    if (isDecoderError(error)) {
      const detail = error instanceof Error ? error.message : String(error);
      return { kind: 'bad-encoding', message: `the ${contentEncoding} compressed body is corrupt (${detail})` };
    }
    throw error;
  } finally {
    body.destroy();
  }
}

/**
 * An uncompressed body (most feeds): the same cap, read straight from the
 * stream. A pipeline of async generators cost ~4 µs of CPU per feed event,
 * much of it in the AbortController and DOMException pipeline() makes and
 * aborts on every finish.
 */
async function readPlain(body: Readable, maxBytes: number): Promise<BodyResult> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) return { kind: 'too-large', bytes: total };
      chunks.push(chunk);
    }
    return { kind: 'ok', body: Buffer.concat(chunks, total) };
  } finally {
    body.destroy();
  }
}

function isDecoderError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('Z_') || code.startsWith('ERR_BROTLI') || code.startsWith('ERR__'));
}
