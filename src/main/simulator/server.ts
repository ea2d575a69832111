/** node:http server: routing, faults, idempotent writes, problem+json. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { randomUUID } from 'node:crypto'
import { applyOtherStaffEdit, type Sim } from './context'
import { handleControl, type SimControl } from './control'
import { ApiError, canonicalJson, problemReply, type Reply, type RequestCtx } from './http'
import type { Route } from './router'
import { attractiveJobRoutes } from './routes/attractiveJobs'
import { auditRoutes } from './routes/audit'
import { feedRoutes } from './routes/feeds'
import { reemploymentRoutes } from './routes/reemployment'
import { authRoute, referenceRoutes } from './routes/reference'
import { smeRoutes } from './routes/sme'

export const API_BASE = '/admin/v1'
const MAX_BODY = 1024 * 1024

const ROUTES: Route[] = [authRoute, ...attractiveJobRoutes, ...smeRoutes, ...reemploymentRoutes, ...referenceRoutes, ...auditRoutes, ...feedRoutes]

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size > MAX_BODY) {
        reject(new ApiError(422, 'validation_failed', '요청 본문이 너무 큽니다.'))
        req.destroy()
      } else chunks.push(c)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function headerString(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v
}

function fingerprint(ctx: RequestCtx): string {
  let body: string
  try {
    body = ctx.rawBody.trim() === '' ? '' : canonicalJson(JSON.parse(ctx.rawBody))
  } catch {
    body = ctx.rawBody
  }
  const query = [...ctx.query.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `${ctx.method} ${ctx.path}?${new URLSearchParams(query).toString()} ${body}`
}

/**
 * A write: Idempotency-Key required (missing → 422 validation_failed); a stored 2xx response for the same
 * key and body is replayed; same key with another body → 422 idempotency_key_reused. Only 2xx responses
 * are stored: an error had no effect, so it may be retried under the same key.
 */
function runWrite(sim: Sim, route: Route, ctx: RequestCtx, params: string[]): Reply {
  const key = headerString(ctx.headers['idempotency-key'])?.trim()
  if (!key) {
    throw new ApiError(422, 'validation_failed', '모든 쓰기 요청에는 Idempotency-Key 헤더가 필요합니다.', {
      errors: [{ path: 'headers.idempotency-key', message: 'Idempotency-Key (UUID)가 필요합니다.' }]
    })
  }
  const scoped = `${ctx.staff.id}:${key}`
  const fp = fingerprint(ctx)
  const stored = sim.store.idempotencyGet(scoped)
  if (stored) {
    if (stored.fingerprint !== fp) throw new ApiError(422, 'idempotency_key_reused', '이 Idempotency-Key는 다른 요청에 이미 사용되었습니다.')
    sim.stats.idempotentReplays += 1
    return { status: stored.status, body: stored.body, headers: { 'Idempotent-Replayed': 'true' } }
  }
  if (route.target && sim.faults.get().otherStaffEditRate > 0) {
    const { collection, id } = route.target(params)
    if (sim.store.get(collection, id) && sim.faults.roll('otherStaffEditRate')) {
      sim.faults.counters.otherStaffEdit += 1
      applyOtherStaffEdit(sim, collection, id)
    }
  }
  return sim.store.transaction(() => {
    const reply = route.handler(sim, ctx, params)
    if (reply.status >= 200 && reply.status < 300) {
      sim.store.idempotencyPut(scoped, { fingerprint: fp, status: reply.status, body: reply.body.toString() })
      sim.stats.writesApplied += 1
    }
    return reply
  })
}

function dispatch(sim: Sim, ctx: RequestCtx): Reply {
  if (ctx.path === '/auth/token' && ctx.method === 'POST') return authRoute.handler(sim, ctx, [])
  ctx.staff = sim.auth.authenticate(headerString(ctx.headers.authorization))
  for (const route of ROUTES) {
    if (route.method !== ctx.method) continue
    const m = route.pattern.exec(ctx.path)
    if (!m) continue
    const params = m.slice(1).map((p) => decodeURIComponent(p ?? ''))
    return route.write ? runWrite(sim, route, ctx, params) : route.handler(sim, ctx, params)
  }
  throw new ApiError(404, 'not_found', `${ctx.method} ${API_BASE}${ctx.path} 는 없는 API입니다.`)
}

function safely(fn: () => Reply, sim: Sim): Reply {
  try {
    return fn()
  } catch (err) {
    if (err instanceof ApiError) return problemReply(err)
    sim.log(`internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`)
    return problemReply(new ApiError(500, 'unavailable', '시뮬레이터 내부 오류'))
  }
}

function send(res: ServerResponse, reply: Reply, requestId: string): void {
  const buf = typeof reply.body === 'string' ? Buffer.from(reply.body, 'utf8') : reply.body
  res.writeHead(reply.status, {
    'Content-Type': reply.contentType ?? 'application/json; charset=utf-8',
    'Content-Length': buf.length,
    'X-Request-Id': requestId,
    ...reply.headers
  })
  res.end(buf)
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

export function createSimServer(sim: Sim, control: SimControl): Server {
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const requestId = headerString(req.headers['x-request-id']) ?? randomUUID()
    const method = req.method ?? 'GET'
    const base: Omit<RequestCtx, 'path' | 'rawBody'> = { method, query: url.searchParams, headers: req.headers, staff: { id: '', name: '', department: '', roles: [] } }
    if (url.pathname === '/__sim' || url.pathname.startsWith('/__sim/')) {
      const rawBody = await readBody(req).catch(() => '')
      send(res, safely(() => handleControl(sim, control, { ...base, path: url.pathname.slice('/__sim'.length), rawBody }), sim), requestId)
      return
    }
    if (!url.pathname.startsWith(`${API_BASE}/`)) {
      send(res, problemReply(new ApiError(404, 'not_found', `API는 ${API_BASE} 아래에 있습니다.`)), requestId)
      return
    }
    sim.stats.requests += 1
    const faults = sim.faults.get()
    if (faults.latencyMs > 0) await sleep(faults.latencyMs)
    const retryAfter = { 'Retry-After': String(Math.max(0, Math.round(faults.retryAfterSeconds))) }
    if (sim.faults.roll('rate503')) {
      sim.faults.counters.rate503 += 1
      send(res, problemReply(new ApiError(503, 'unavailable', '포털 점검 중입니다.', { headers: retryAfter })), requestId)
      return
    }
    if (sim.faults.roll('rate429')) {
      sim.faults.counters.rate429 += 1
      send(res, problemReply(new ApiError(429, 'rate_limited', '요청이 너무 많습니다. 잠시 후 다시 시도하세요.', { headers: retryAfter })), requestId)
      return
    }
    const isWrite = method !== 'GET' && method !== 'HEAD'
    let drop: 'none' | 'before' | 'after' = 'none'
    if (sim.faults.roll('dropRate')) {
      sim.faults.counters.drop += 1
      drop = isWrite && sim.faults.coin() ? 'after' : 'before'
    }
    if (drop === 'before') {
      sim.log(`fault: dropped ${method} ${url.pathname} before handling`)
      req.socket.destroy()
      return
    }
    let rawBody: string
    try {
      rawBody = await readBody(req)
    } catch (err) {
      send(res, problemReply(err instanceof ApiError ? err : new ApiError(422, 'validation_failed', '요청 본문을 읽을 수 없습니다.')), requestId)
      return
    }
    const ctx: RequestCtx = { ...base, path: url.pathname.slice(API_BASE.length), rawBody }
    const reply = safely(() => dispatch(sim, ctx), sim)
    if (drop === 'after') {
      sim.log(`fault: dropped ${method} ${url.pathname} after handling (status ${reply.status})`)
      req.socket.destroy()
      return
    }
    send(res, reply, requestId)
  }
  return createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      sim.log(`request failed: ${String(err)}`)
      if (!res.headersSent) res.destroy()
    })
  })
}
