import { randomBytes } from 'node:crypto'
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { AppError } from './errors'

/** Where the CLI takes the cache key from when no OS key store can be used (a build machine, IT's scripts). */
export const CACHE_KEY_ENV = 'SEOUL_DESK_CACHE_KEY'
export const MIN_CACHE_KEY_LENGTH = 32

/** The installation's cache key, sealed by the OS key store, beside the cache file. */
export const SEALED_KEY_FILE_NAME = 'cache-key.sealed'

/** A generated key: 32 random bytes as 64 hex digits, used as the passphrase as it is. */
const GENERATED_KEY = /^[0-9a-f]{64}$/

/**
 * The OS key store as the cache key needs it: Electron's safeStorage in the app (DPAPI on Windows),
 * a stand-in in tests. Each method may answer at once or through a promise.
 */
export interface KeySealer {
  available(): boolean | Promise<boolean>
  seal(text: string): Buffer | Promise<Buffer>
  unseal(sealed: Buffer): string | Promise<string>
}

/** The CLI's key: SEOUL_DESK_CACHE_KEY, as given (at least 32 characters), or a clear refusal. */
export function cacheKeyFromEnv(env: NodeJS.ProcessEnv): string {
  const key = env[CACHE_KEY_ENV]
  if (!key) {
    throw new AppError(
      'cache_unavailable',
      `캐시 키가 없습니다: 캐시 파일은 암호화되어 있어 키가 필요합니다. 환경변수 ${CACHE_KEY_ENV} 에 ${MIN_CACHE_KEY_LENGTH}자 이상의 키를 넣고 다시 실행하세요.`
    )
  }
  if (key.length < MIN_CACHE_KEY_LENGTH) {
    throw new AppError(
      'cache_unavailable',
      `캐시 키가 너무 짧습니다(${key.length}자): 환경변수 ${CACHE_KEY_ENV} 에 ${MIN_CACHE_KEY_LENGTH}자 이상의 키를 넣고 다시 실행하세요.`
    )
  }
  return key
}

export interface SealedKeyResult {
  key: string
  /** True when this start made the key (first start, or the sealed one could not be opened any more). */
  created: boolean
  /** A sealed key file the key store could no longer open, moved aside (kept for IT). */
  unreadableMovedTo: string | null
}

/**
 * The installation's cache key: made once (32 random bytes, hex), sealed by the OS key store and kept
 * in `dataDir` beside the cache; opened again at every later start. Refused when the key store is not
 * available: the cache is never left unencrypted or keyed with something stored in the clear.
 *
 * A sealed file the key store cannot open any more (a new Windows profile, a reset password) is moved
 * aside and a new key is made; openCache then cannot read the old cache with it and moves that aside too.
 */
export async function loadOrCreateSealedKey(dataDir: string, sealer: KeySealer, now: () => Date = () => new Date()): Promise<SealedKeyResult> {
  if (!(await sealer.available())) {
    throw new AppError(
      'cache_unavailable',
      '이 PC의 운영체제 키 저장소(Windows 데이터 보호)를 쓸 수 없어 캐시를 암호화할 키를 보관할 수 없습니다. 캐시를 열지 않았습니다: 정보화 담당자에게 문의하세요.'
    )
  }
  mkdirSync(dataDir, { recursive: true })
  const file = join(dataDir, SEALED_KEY_FILE_NAME)
  let unreadableMovedTo: string | null = null
  if (existsSync(file)) {
    const key = await unsealedKey(sealer, readFileSync(file))
    if (key !== null) return { key, created: false, unreadableMovedTo: null }
    unreadableMovedTo = join(dataDir, `cache-key.unreadable-${now().toISOString().replace(/[:.]/g, '-')}.sealed`)
    renameSync(file, unreadableMovedTo)
  }
  const key = randomBytes(32).toString('hex')
  const sealed = await sealer.seal(key)
  // A key store that seals into something it cannot open again would lock the cache at the next start.
  if ((await unsealedKey(sealer, sealed)) !== key) {
    throw new AppError('cache_unavailable', '운영체제 키 저장소가 캐시 키를 올바르게 보관하지 못했습니다. 캐시를 열지 않았습니다: 정보화 담당자에게 문의하세요.')
  }
  writeFileAtomically(file, sealed)
  return { key, created: true, unreadableMovedTo }
}

async function unsealedKey(sealer: KeySealer, sealed: Buffer): Promise<string | null> {
  try {
    const key = await sealer.unseal(sealed)
    return GENERATED_KEY.test(key) ? key : null
  } catch {
    return null
  }
}

/** Written whole or not at all: a crash mid-write must not leave a half key file behind. */
function writeFileAtomically(file: string, content: Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`
  const fd = openSync(temporary, 'w')
  try {
    writeFileSync(fd, content)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  renameSync(temporary, file)
}
