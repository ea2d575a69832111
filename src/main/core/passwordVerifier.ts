import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'
import type { VerifierParams } from '../db/repositories/offlineAccounts'

/**
 * scrypt cost for new verifiers: 32 MiB and a few tens of milliseconds per check, so guessing
 * passwords against a verifier lifted from a (still encrypted) cache stays slow. Kept per verifier,
 * so raising it later leaves older verifiers checkable until their next online sign-in.
 */
const PARAMS: VerifierParams = { N: 2 ** 15, r: 8, p: 1, keylen: 32 }

function derive(password: string, salt: Buffer, params: VerifierParams): Promise<Buffer> {
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r }
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, params.keylen, options, (error, key) => (error ? reject(error) : resolve(key)))
  })
}

export async function makeVerifier(password: string): Promise<{ salt: Buffer; verifier: Buffer; params: VerifierParams }> {
  const salt = randomBytes(16)
  return { salt, verifier: await derive(password, salt, PARAMS), params: PARAMS }
}

export async function verifyPassword(password: string, stored: { salt: Buffer; verifier: Buffer; params: VerifierParams }): Promise<boolean> {
  const key = await derive(password, stored.salt, stored.params)
  return key.length === stored.verifier.length && timingSafeEqual(key, stored.verifier)
}
