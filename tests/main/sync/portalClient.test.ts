import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { PortalClient } from '../../../src/main/sync/portalClient'

interface Seen {
  method: string
  url: string
  headers: IncomingHttpHeaders
  body: string
}

/** A loopback server that answers every request with `{}` and remembers what it was sent. */
async function recordingPortal(): Promise<{ url: string; seen: Seen[]; server: Server }> {
  const seen: Seen[] = []
  const server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString()))
    request.on('end', () => {
      seen.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body })
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, server }
}

describe('sync/portalClient write', () => {
  let server: Server | null = null
  afterEach(async () => {
    await new Promise((resolve) => server?.close(resolve))
    server = null
  })

  it("sends an op's query parameters and headers with the idempotency key and If-Match", async () => {
    const portal = await recordingPortal()
    server = portal.server
    const client = new PortalClient({ baseUrl: portal.url })
    client.setTokens({ accessToken: 'at-1', refreshToken: 'rt-1', expiresAt: Date.now() + 60_000 })

    await client.write('PUT', 'sme-applications/SA-2026-0001/scores/E-07', { items: [] }, {
      idempotencyKey: 'key-1',
      ifMatch: 3,
      query: { stage: 'document' },
      // An op cannot replace the key the outbox owns.
      headers: { 'X-Evaluator-Note': 'draft', 'Idempotency-Key': 'forged' }
    })

    expect(portal.seen).toHaveLength(1)
    const [request] = portal.seen
    expect(request).toMatchObject({ method: 'PUT', url: '/admin/v1/sme-applications/SA-2026-0001/scores/E-07?stage=document', body: '{"items":[]}' })
    expect(request!.headers).toMatchObject({
      'idempotency-key': 'key-1',
      'if-match': '"3"',
      'x-evaluator-note': 'draft',
      authorization: 'Bearer at-1'
    })
  })
})
