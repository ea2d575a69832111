import { randomUUID } from 'node:crypto'
import { startPortalSimulator, type PortalSimulator, type StartOptions } from '../../../src/main/simulator'

export interface Res<T = unknown> {
  status: number
  headers: Headers
  body: T
}

export async function start(opts: StartOptions = {}): Promise<PortalSimulator> {
  return startPortalSimulator({ seed: 3, scale: 120, ...opts })
}

export async function call<T = unknown>(sim: PortalSimulator, method: string, path: string, opts: { token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Res<T>> {
  const headers: Record<string, string> = { ...opts.headers }
  if (opts.token) headers.Authorization = `Bearer ${opts.token}`
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json'
  const r = await fetch(`${sim.url}${path.startsWith('/__sim') ? '' : '/admin/v1'}${path}`, {
    method,
    headers,
    body: opts.body === undefined ? undefined : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body)
  })
  const text = await r.text()
  return { status: r.status, headers: r.headers, body: (text ? JSON.parse(text) : null) as T }
}

export async function login(sim: PortalSimulator, username: string): Promise<string> {
  const r = await call<{ access_token: string }>(sim, 'POST', '/auth/token', { body: { grant_type: 'password', username, password: 'demo' } })
  if (r.status !== 200) throw new Error(`login ${username}: ${r.status}`)
  return r.body.access_token
}

export interface Page {
  items: Record<string, unknown>[]
  next_cursor: string
  has_more: boolean
}

export async function pullAll(sim: PortalSimulator, token: string, collection: string, limit = 50, cursor?: string): Promise<{ items: Record<string, unknown>[]; cursor: string; pages: number }> {
  const items: Record<string, unknown>[] = []
  let pages = 0
  let c = cursor
  for (;;) {
    const r = await call<Page>(sim, 'GET', `/${collection}/changes?limit=${limit}${c ? `&cursor=${c}` : ''}`, { token })
    if (r.status !== 200) throw new Error(`feed ${collection}: ${r.status} ${JSON.stringify(r.body)}`)
    items.push(...r.body.items)
    pages += 1
    c = r.body.next_cursor
    if (!r.body.has_more) return { items, cursor: c, pages }
  }
}

export function write(sim: PortalSimulator, token: string, method: string, path: string, body: unknown, opts: { version?: number; key?: string } = {}): Promise<Res<Record<string, unknown>>> {
  const headers: Record<string, string> = { 'Idempotency-Key': opts.key ?? randomUUID() }
  if (opts.version !== undefined) headers['If-Match'] = `"${opts.version}"`
  return call(sim, method, path, { token, body, headers })
}

export async function firstWith(sim: PortalSimulator, token: string, collection: string, pred: (r: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> {
  const { items } = await pullAll(sim, token, collection, 1000)
  const found = items.find(pred)
  if (!found) throw new Error(`no ${collection} record matches`)
  return found
}
