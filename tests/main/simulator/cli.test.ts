import { spawn, type ChildProcess } from 'node:child_process'
import type { Readable } from 'node:stream'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const TSX = resolve('node_modules/tsx/dist/cli.mjs')
const CLI = resolve('src/main/simulator/cli.ts')

function run(args: string[]) {
  return spawn(process.execPath, [TSX, CLI, ...args], { stdio: ['pipe', 'pipe', 'pipe'] })
}

function exitCode(child: ChildProcess): Promise<number | null> {
  return new Promise((res) => child.on('exit', (c) => res(c)))
}

async function started(child: ChildProcess & { stdout: Readable }): Promise<{ url: string; out: string }> {
  let out = ''
  const url = await new Promise<string>((res, rej) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString()
      const m = /^Portal simulator listening on (http:\/\/127\.0\.0\.1:\d+)\n/.exec(out)
      if (m?.[1] && out.split('\n').length > 6) res(m[1])
    })
    child.on('exit', (code) => rej(new Error(`exited ${code}`)))
  })
  return { url, out }
}

describe('portal-sim CLI', () => {
  it('stops cleanly when its standard input closes (the way a parent stops it on Windows too)', async () => {
    const child = run(['--port', '0', '--scale', '5', '--until-stdin-closes'])
    const { url } = await started(child)
    expect((await fetch(`${url}/__sim/stats`)).status).toBe(200)
    const code = exitCode(child)
    child.stdin.end()
    expect(await code).toBe(0)
  })

  // Windows delivers no SIGTERM (kill() ends the process outright), so the signal path is checked where it exists.
  it.skipIf(process.platform === 'win32')('prints the listening line and demo accounts, serves /__sim, stops on SIGTERM', async () => {
    const child = run(['--port', '0', '--seed', '2', '--scale', '50', '--fail-rate', '0'])
    const { url, out } = await started(child)
    expect(out.split('\n').filter((l) => l.trim()).slice(1).map((l) => l.trim().split(' ')[0])).toEqual(['manager', 'reviewer', 'screener', 'evaluator', 'coordinator'])
    const stats = (await (await fetch(`${url}/__sim/stats`)).json()) as { counts: Record<string, { live: number }> }
    expect(stats.counts['attractive-jobs']?.live).toBe(50)
    const code = await new Promise<number | null>((res) => {
      child.on('exit', (c) => res(c))
      child.kill('SIGTERM')
    })
    expect(code).toBe(0)
  })

  it('exits 2 with a one-line reason on bad arguments', async () => {
    const child = run(['--scale', 'lots'])
    let err = ''
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    const code = await new Promise<number | null>((res) => child.on('exit', (c) => res(c)))
    expect(code).toBe(2)
    expect(err.trim().split('\n')).toHaveLength(1)
    expect(err).toContain('--scale')
  })
})
