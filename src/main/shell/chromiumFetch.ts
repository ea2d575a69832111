/**
 * Electron's `net.fetch` as the `fetch` the portal client (ky) is given, so the app's requests go
 * through Chromium's network stack: the Windows proxy settings and PAC, integrated proxy sign-in, the
 * Windows certificate store — what Edge uses on the same PC. Plain, tested in Node with a stand-in of
 * the same shape; electron/network.ts passes the real one.
 *
 * What differs from Node's fetch and is handled here:
 * - it takes a string or a Request, not a URL object: the input is made a Request first;
 * - it sends and stores the session's cookies (`credentials` same-origin becomes include without an
 *   origin): the portal authenticates with the bearer token alone, so cookies are left out;
 * - a failure rejects with a plain Error named after Chromium's code (`net::ERR_PROXY_CONNECTION_FAILED`),
 *   not a TypeError, so ky passes it on unwrapped; the portal client reports its message, and the
 *   classifier (sync/networkFailure.ts) reads the code from it;
 * - ky's timeout aborts the Request's signal, which net.fetch follows (it aborts the URL loader); the
 *   body is a web ReadableStream either way.
 */
export type ChromiumFetch = (input: string | Request, init?: RequestInit) => Promise<Response>

export function chromiumFetch(netFetch: ChromiumFetch): typeof fetch {
  return (input, init) => netFetch(new Request(new Request(input, init), { credentials: 'omit' }))
}
