import { closeSync, openSync, readSync } from 'node:fs'
import type { Db } from './types'

/** The first 16 bytes of every unencrypted SQLite file; an encrypted cache starts with its random cipher salt instead. */
const PLAIN_SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1')

/** `'…'` as an SQL string literal: a pragma's value cannot be a bound parameter. */
function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`
}

/**
 * Gives a freshly opened connection the cache's passphrase. SQLite3MultipleCiphers derives the page
 * key from it with the library's default cipher (ChaCha20-Poly1305, PBKDF2-HMAC-SHA256 key derivation);
 * the same `PRAGMA key='…'` opens the file in the SQLite3MultipleCiphers shell. Must come before
 * any statement that reads the file. A wrong key is not noticed here: the first read fails with
 * SQLITE_NOTADB.
 */
export function applyCacheKey(db: Db, key: string): void {
  db.pragma(`key = ${sqlString(key)}`)
}

/** Encrypts the connection's (unencrypted, not WAL) database with `key`, rewriting every page. */
export function encryptWithKey(db: Db, key: string): void {
  db.pragma(`rekey = ${sqlString(key)}`)
}

/** True when `file` exists and is an unencrypted SQLite database (a cache written before encryption). */
export function isPlainSqliteFile(file: string): boolean {
  let fd: number
  try {
    fd = openSync(file, 'r')
  } catch {
    return false
  }
  try {
    const header = Buffer.alloc(PLAIN_SQLITE_HEADER.length)
    const read = readSync(fd, header, 0, header.length, 0)
    return read === header.length && header.equals(PLAIN_SQLITE_HEADER)
  } finally {
    closeSync(fd)
  }
}
