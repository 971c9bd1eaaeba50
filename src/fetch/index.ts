/** The fetch module's public surface. */
export type { ConditionalHeaders, FetchedBody, FetchOutcome } from './types.js';
export { DEFAULT_USER_AGENT, FEED_ACCEPT, Fetcher, fetchUrl } from './fetcher.js';
export type { FetchOptions, FetcherOptions } from './fetcher.js';
export { decodeBody, detectCharset } from './decode.js';
export { nextCheckAfterFailure, nextCheckAfterSuccess } from './backoff.js';
export { describeOutcome } from './describe.js';
export { checkAddress, systemResolver } from './ssrf.js';
export type { AddressCheck, AddressVerdict, ResolvedAddress, Resolver } from './ssrf.js';
