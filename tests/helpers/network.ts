import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { connect, createServer as createTcpServer, type AddressInfo, type Server as TcpServer, type Socket } from 'node:net'
import { createServer as createTlsServer } from 'node:tls'
import { createServer as createHttpsServer } from 'node:https'
import { fileURLToPath } from 'node:url'

/**
 * Real network parts for the office-network tests: CONNECT proxies (forwarding, asking for credentials,
 * refusing the tunnel), an HTTPS server with the committed self-signed certificate, a TLS front for the
 * simulator, a port with nothing listening. Loopback only; nothing here depends on the platform.
 */

/** The test certificate: CN localhost, SAN localhost and 127.0.0.1, valid 2020–2120 (tests/fixtures/tls). */
export const TLS_CERT_PATH = fileURLToPath(new URL('../fixtures/tls/cert.pem', import.meta.url))
export const TLS_KEY_PATH = fileURLToPath(new URL('../fixtures/tls/key.pem', import.meta.url))
export const tlsFixture = () => ({ cert: readFileSync(TLS_CERT_PATH), key: readFileSync(TLS_KEY_PATH) })

interface Closable {
  close(): Promise<void>
}

function listen(server: Server | TcpServer): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)))
}

/** Closes a server and every socket it still holds (tunnels and keep-alive connections would keep it open). */
function closer(server: Server | TcpServer, sockets: Set<Socket>): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      for (const socket of sockets) socket.destroy()
      server.close(() => resolve())
    })
}

export interface TestProxy extends Closable {
  url: string
  port: number
  /** The `host:port` of every CONNECT the proxy received, in order. */
  connects: string[]
  /** Requests sent to it as a plain (untunnelled) forward proxy. */
  plainRequests: string[]
}

export type ProxyBehaviour =
  /** Opens the tunnel and forwards bytes both ways. */
  | 'forward'
  /** Answers every CONNECT with 407 Proxy Authentication Required. */
  | 'auth_required'
  /** Answers every CONNECT with 403 (a proxy whose rules do not allow the portal). */
  | 'forbidden'

/** A tiny HTTP proxy on node:http's 'connect' event. */
export async function startProxy(behaviour: ProxyBehaviour): Promise<TestProxy> {
  const sockets = new Set<Socket>()
  const connects: string[] = []
  const plainRequests: string[] = []
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    plainRequests.push(req.url ?? '')
    res.writeHead(behaviour === 'auth_required' ? 407 : 400, behaviour === 'auth_required' ? { 'Proxy-Authenticate': 'Basic realm="office"' } : {})
    res.end()
  })
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const target = req.url ?? ''
    connects.push(target)
    if (behaviour === 'auth_required') {
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="office"\r\nContent-Length: 0\r\n\r\n')
      return
    }
    if (behaviour === 'forbidden') {
      client.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n')
      return
    }
    const separator = target.lastIndexOf(':')
    const upstream = connect(Number(target.slice(separator + 1)), target.slice(0, separator).replace(/^\[|\]$/g, ''), () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length > 0) upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    sockets.add(upstream)
    upstream.on('close', () => sockets.delete(upstream))
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })
  const port = await listen(server)
  return { url: `http://127.0.0.1:${port}`, port, connects, plainRequests, close: closer(server, sockets) }
}

export interface TestServer extends Closable {
  port: number
}

/** An HTTPS server with the committed self-signed certificate, answering every request with `status`. */
export async function startTlsServer(status = 200): Promise<TestServer> {
  const sockets = new Set<Socket>()
  const server = createHttpsServer(tlsFixture(), (_req, res) => {
    res.writeHead(status, { 'Content-Type': 'application/json' })
    res.end('{}')
  })
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  const port = await listen(server)
  return { port, close: closer(server, sockets) }
}

/** An HTTP server answering every request with `status` (and the headers given). */
export async function startHttpServer(status: number, headers: Record<string, string> = {}): Promise<TestServer> {
  const sockets = new Set<Socket>()
  const server = createServer((_req, res) => {
    res.writeHead(status, headers)
    res.end()
  })
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  const port = await listen(server)
  return { port, close: closer(server, sockets) }
}

/** HTTPS in front of a plain HTTP server on loopback (the simulator): TLS ends here, the bytes go on as they are. */
export async function startTlsFront(targetPort: number): Promise<TestServer> {
  const sockets = new Set<Socket>()
  const server = createTlsServer(tlsFixture(), (secure) => {
    const upstream = connect(targetPort, '127.0.0.1')
    sockets.add(upstream)
    upstream.on('close', () => sockets.delete(upstream))
    secure.pipe(upstream)
    upstream.pipe(secure)
    upstream.on('error', () => secure.destroy())
    secure.on('error', () => upstream.destroy())
  })
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  const port = await listen(server)
  return { port, close: closer(server, sockets) }
}

/** A loopback port nothing listens on (bound once by the OS, then released). */
export async function closedPort(): Promise<number> {
  const server = createTcpServer()
  const port = await listen(server)
  await new Promise((resolve) => server.close(resolve))
  return port
}
