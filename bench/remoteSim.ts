import { spawn, type ChildProcess } from 'node:child_process'
import type { FaultSettings } from '../src/main/simulator'

/** The portal simulator in its own process (as a real portal would be), driven over /__sim. */
export interface RemoteSim {
  url: string
  startupMs: number
  setFaults(faults: Partial<FaultSettings>): Promise<void>
  otherStaffEdit(collection: string, count: number): Promise<void>
  close(): Promise<void>
}

export async function startRemoteSim(args: { seed: number; scale: number }): Promise<RemoteSim> {
  const started = performance.now()
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main/simulator/cli.ts', '--port', '0', '--seed', String(args.seed), '--scale', String(args.scale)], {
    stdio: ['ignore', 'pipe', 'inherit']
  })
  const url = await new Promise<string>((resolve, reject) => {
    let out = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const match = /listening on (http:\/\/\S+)/.exec(out)
      if (match?.[1]) resolve(match[1])
    })
    child.once('exit', (code) => reject(new Error(`portal simulator exited with ${code}`)))
  })
  const post = async (path: string, body: unknown, method = 'POST') => {
    const send = () => fetch(`${url}/__sim/${path}`, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    // After a long idle stretch the kept-alive socket may be closed by the server just as it is reused.
    const response = await send().catch(() => send())
    if (!response.ok) throw new Error(`/__sim/${path}: ${response.status} ${await response.text()}`)
  }
  return {
    url,
    startupMs: performance.now() - started,
    setFaults: (faults) => post('faults', faults, 'PUT'),
    otherStaffEdit: (collection, count) => post('other-staff-edit', { collection, count }),
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      })
  }
}
