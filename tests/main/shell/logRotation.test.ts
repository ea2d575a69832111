import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { archiveName, logFilesOf, rotateLogFile } from '../../../src/main/shell/logRotation'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'log-rotation-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true, maxRetries: 5 }))

describe('rotateLogFile', () => {
  it('names archives main.N.log', () => {
    expect(archiveName(join(dir, 'main.log'), 2)).toBe(join(dir, 'main.2.log'))
  })

  it('shifts the archives and keeps only the newest ones', () => {
    const file = join(dir, 'main.log')
    for (let run = 1; run <= 5; run++) {
      writeFileSync(file, `run ${run}`)
      rotateLogFile(file, 3)
    }
    expect(readdirSync(dir).sort()).toEqual(['main.1.log', 'main.2.log', 'main.3.log'])
    expect(readFileSync(join(dir, 'main.1.log'), 'utf8')).toBe('run 5')
    expect(readFileSync(join(dir, 'main.3.log'), 'utf8')).toBe('run 3')
  })

  it('prunes archives beyond the count an older version left, and leaves other files alone', () => {
    const file = join(dir, 'main.log')
    for (const name of ['main.log', 'main.1.log', 'main.7.log', 'main.old.log', 'renderer.1.log']) writeFileSync(join(dir, name), name)
    rotateLogFile(file, 2)
    expect(readdirSync(dir).sort()).toEqual(['main.1.log', 'main.2.log', 'main.old.log', 'renderer.1.log'])
    expect(readFileSync(join(dir, 'main.1.log'), 'utf8')).toBe('main.log')
    expect(logFilesOf(file)).toEqual([join(dir, 'main.1.log'), join(dir, 'main.2.log')])
  })
})
