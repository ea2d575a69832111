import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CACHE_KEY_ENV, cacheKeyFromEnv, loadOrCreateSealedKey, SEALED_KEY_FILE_NAME, type KeySealer } from '../../../src/main/core/cacheKey'
import { AppError } from '../../../src/main/core/errors'
import { openCache } from '../../../src/main/db/connection'
import { makeTempDir } from '../../helpers/tempDir'

/**
 * Stands in for the OS key store (DPAPI through safeStorage): a reversible XOR with this "profile's"
 * secret byte, so a sealer of another profile cannot open what this one sealed.
 */
interface FakeSealer extends KeySealer {
  sealed: number
  unsealed: number
  available(): boolean
  seal(text: string): Buffer
  unseal(sealed: Buffer): string
}

function xorSealer(secret: number, available = true): FakeSealer {
  const xor = (bytes: Buffer) => Buffer.from(bytes.map((b) => b ^ secret))
  const sealer: FakeSealer = {
    sealed: 0,
    unsealed: 0,
    available: () => available,
    seal(text: string) {
      sealer.sealed += 1
      return xor(Buffer.from(`sealed:${text}`, 'utf8'))
    },
    unseal(sealed: Buffer) {
      sealer.unsealed += 1
      const text = xor(sealed).toString('utf8')
      if (!text.startsWith('sealed:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString')
      return text.slice('sealed:'.length)
    }
  }
  return sealer
}

describe('core/cacheKey: the installation key sealed by the OS key store', () => {
  let dir: ReturnType<typeof makeTempDir>
  beforeEach(() => {
    dir = makeTempDir()
  })
  afterEach(() => dir.remove())

  it('makes a random 32-byte key on first start, keeps it only sealed beside the cache, and reuses it afterwards', async () => {
    const sealer = xorSealer(0x5a)
    const first = await loadOrCreateSealedKey(dir.path, sealer)
    expect(first.created).toBe(true)
    expect(first.key).toMatch(/^[0-9a-f]{64}$/)
    const file = join(dir.path, SEALED_KEY_FILE_NAME)
    expect(readFileSync(file).includes(Buffer.from(first.key))).toBe(false)
    // Written atomically: nothing half-written beside it.
    expect(readdirSync(dir.path)).toEqual([SEALED_KEY_FILE_NAME])

    const second = await loadOrCreateSealedKey(dir.path, sealer)
    expect(second).toEqual({ key: first.key, created: false, unreadableMovedTo: null })
    expect(sealer.sealed).toBe(1)
    // The key opens the same cache at every start.
    openCache(dir.path, () => new Date(), first.key).db.close()
    const reopened = openCache(dir.path, () => new Date(), second.key)
    expect(reopened.recovery).toBeNull()
    reopened.db.close()
  })

  it('gives another installation another key', async () => {
    const other = makeTempDir()
    try {
      const a = await loadOrCreateSealedKey(dir.path, xorSealer(0x11))
      const b = await loadOrCreateSealedKey(other.path, xorSealer(0x11))
      expect(a.key).not.toBe(b.key)
    } finally {
      other.remove()
    }
  })

  it('refuses with a Korean AppError when the OS key store is unavailable, writing nothing', async () => {
    const refusal = loadOrCreateSealedKey(dir.path, xorSealer(0x5a, false))
    await expect(refusal).rejects.toBeInstanceOf(AppError)
    await expect(refusal).rejects.toThrow(/운영체제 키 저장소/)
    expect(existsSync(join(dir.path, SEALED_KEY_FILE_NAME))).toBe(false)
  })

  it('accepts a key store that answers through promises (Electron’s async safeStorage API)', async () => {
    const sync = xorSealer(0x33)
    const asyncSealer: KeySealer = {
      available: async () => sync.available(),
      seal: async (text) => sync.seal(text),
      unseal: async (sealed) => sync.unseal(sealed)
    }
    const first = await loadOrCreateSealedKey(dir.path, asyncSealer)
    expect((await loadOrCreateSealedKey(dir.path, asyncSealer)).key).toBe(first.key)
  })

  it('when the profile can no longer open the sealed key: keeps that file aside, makes a new key, and the old cache takes the recovery path', async () => {
    const before = await loadOrCreateSealedKey(dir.path, xorSealer(0x5a))
    openCache(dir.path, () => new Date(), before.key).db.close()

    const newProfile = await loadOrCreateSealedKey(dir.path, xorSealer(0x77), () => new Date('2026-12-01T09:00:00Z'))
    expect(newProfile.created).toBe(true)
    expect(newProfile.key).not.toBe(before.key)
    expect(newProfile.unreadableMovedTo).toBe(join(dir.path, 'cache-key.unreadable-2026-12-01T09-00-00-000Z.sealed'))
    expect(xorSealer(0x5a).unseal(readFileSync(newProfile.unreadableMovedTo!))).toBe(before.key)

    const opened = openCache(dir.path, () => new Date(), newProfile.key)
    expect(opened.recovery?.reason).toContain('캐시 키가 맞지 않습니다')
    opened.db.close()
  })

  it('treats a sealed file that opens to something that is not a key as unreadable', async () => {
    const sealer = xorSealer(0x5a)
    writeFileSync(join(dir.path, SEALED_KEY_FILE_NAME), sealer.seal('short'))
    const result = await loadOrCreateSealedKey(dir.path, sealer)
    expect(result.created).toBe(true)
    expect(result.unreadableMovedTo).not.toBeNull()
  })
})

describe('core/cacheKey: the CLI key from SEOUL_DESK_CACHE_KEY', () => {
  it('is the variable as given', () => {
    const key = ' a passphrase of thirty-two chars+ '
    expect(cacheKeyFromEnv({ [CACHE_KEY_ENV]: key })).toBe(key)
  })

  it('refuses a missing or short key with one Korean sentence naming the variable', () => {
    for (const env of [{}, { [CACHE_KEY_ENV]: '' }, { [CACHE_KEY_ENV]: 'x'.repeat(31) }]) {
      let refusal: unknown
      try {
        cacheKeyFromEnv(env)
      } catch (error) {
        refusal = error
      }
      expect(refusal).toBeInstanceOf(AppError)
      expect((refusal as AppError).code).toBe('cache_unavailable')
      expect((refusal as AppError).message).toContain(CACHE_KEY_ENV)
      expect((refusal as AppError).message).not.toContain('\n')
    }
  })
})
