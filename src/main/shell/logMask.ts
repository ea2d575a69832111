import { maskEmail, maskName, maskPhone } from '../../shared/domain/masking'

/**
 * The one filter every log line goes through (each electron-log transport's hook, the diagnostics zip):
 * the division's records reach the log only by accident — an error carrying a portal answer, a request's
 * headers, a record in a warning's meta — so the filter does not trust the caller and masks what looks
 * personal or secret wherever it is. Names and phones keep the one masking rule's shape (홍*동,
 * 010-****-5678), so a masked log still matches the screens; secrets are replaced whole.
 */

export const HIDDEN = '***'
const CYCLE = '[순환 참조]'
/** Deeper than any meta the app logs; a hostile or runaway structure stops here instead of the stack. */
const MAX_DEPTH = 32

/** Keys whose value is a secret, whatever it looks like (compared without `_`, `-` and case). */
const SECRET_KEYS = new Set([
  'accesstoken',
  'refreshtoken',
  'idtoken',
  'token',
  'password',
  'passwd',
  'newpassword',
  'oldpassword',
  'authorization',
  'proxyauthorization',
  'cookie',
  'setcookie',
  'secret',
  'clientsecret',
  'apikey',
  'cachekey',
  'passphrase',
  'seouldeskcachekey',
  'verifier',
  'sealedkey'
])

/** Keys naming a person (the domains' personal fields: person.name, contact.name, company.ceo_name, …). */
const NAME_KEYS = new Set(['name', 'fullname', 'personname', 'ceoname', 'contactname', 'applicantname', 'participantname', 'staffname', 'username', '성명', '이름'])
const PHONE_KEYS = new Set(['phone', 'mobile', 'tel', 'telephone', 'phonenumber', 'contactphone', '전화', '전화번호', '휴대폰'])
const EMAIL_KEYS = new Set(['email', 'mail', 'emailaddress', 'contactemail', '이메일'])
const BIRTH_KEYS = new Set(['birth', 'birthdate', 'birthday', 'dateofbirth', 'dob', 'rrn', 'residentnumber', 'residentregistrationnumber', '생년월일', '주민등록번호'])

function normalKey(key: string): string {
  return key.replace(/[-_\s]/g, '').toLowerCase()
}

// Boundaries are letters and digits, not only digits: an id such as `aj-000123` or a UUID keeps its digits.
const RRN = /(?<![0-9A-Za-z])\d{6}-?[1-8]\d{6}(?![0-9A-Za-z])/g
const PHONE = /(?<![0-9A-Za-z])0\d{1,2}[-. ]?\d{3,4}[-. ]?\d{4}(?![0-9A-Za-z])/g
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g
const BEARER = /\b(Bearer|Basic)\s+[A-Za-z0-9\-._~+/]+=*/gi
const JWT = /\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g
/** `token=…`, `"password":"…"`, `Authorization: …` written into text (a URL's query, a serialised body). */
const SECRET_PAIR =
  /(["']?)\b(access_?token|refresh_?token|id_?token|token|password|passwd|authorization|cookie|secret|api_?key|cache_?key|passphrase|SEOUL_DESK_CACHE_KEY)\1(\s*[:=]\s*)(["']?)([^"'&\s,;}]+)/gi
/** A person's name as a serialised object writes it (`name: '홍길동'`, `"ceo_name":"김철수"`): a log file read again. */
const NAME_PAIR = /(["']?)\b(name|full_?name|person_?name|ceo_?name|contact_?name|applicant_?name|staff_?name|user_?name)\1(\s*[:=]\s*)(["'])([^"'\n]{1,60})\4/gi
/** A generated cache key is 64 hex digits; no id the app logs is a hex run that long. */
const LONG_HEX = /(?<![0-9A-Za-z])[0-9a-fA-F]{40,}(?![0-9A-Za-z])/g

/** Free text with phone numbers, e-mail addresses, 주민등록번호-like numbers, tokens and keys masked. */
export function maskLogText(text: string): string {
  return text
    .replace(BEARER, (_match, scheme: string) => `${scheme} ${HIDDEN}`)
    .replace(JWT, HIDDEN)
    .replace(SECRET_PAIR, (_match, quote: string, key: string, separator: string, valueQuote: string) => `${quote}${key}${quote}${separator}${valueQuote}${HIDDEN}`)
    .replace(NAME_PAIR, (_match, quote: string, key: string, separator: string, valueQuote: string, name: string) => `${quote}${key}${quote}${separator}${valueQuote}${maskName(name)}${valueQuote}`)
    .replace(LONG_HEX, HIDDEN)
    .replace(RRN, '******-*******')
    .replace(PHONE, (phone) => maskPhone(phone))
    .replace(EMAIL, (email) => maskEmail(email))
}

function maskByKey(key: string, value: unknown, seen: WeakSet<object>, depth: number): unknown {
  const normal = normalKey(key)
  if (SECRET_KEYS.has(normal)) return value === null || value === undefined || value === '' ? value : HIDDEN
  if (typeof value === 'string') {
    if (NAME_KEYS.has(normal)) return maskName(value)
    if (PHONE_KEYS.has(normal)) return value.replace(/\D/g, '').length >= 4 ? maskPhone(value) : HIDDEN
    if (EMAIL_KEYS.has(normal)) return value.indexOf('@') > 0 ? maskEmail(value) : HIDDEN
    if (BIRTH_KEYS.has(normal)) return HIDDEN
  } else if (typeof value === 'number' && (PHONE_KEYS.has(normal) || BIRTH_KEYS.has(normal))) {
    return HIDDEN
  }
  return maskInner(value, seen, depth + 1)
}

function maskError(error: Error, seen: WeakSet<object>, depth: number): Error {
  const masked = new Error(maskLogText(error.message))
  masked.name = error.name
  masked.stack = error.stack === undefined ? undefined : maskLogText(error.stack)
  const extra = error as unknown as Record<string, unknown>
  for (const key of Object.keys(extra)) {
    // An error class that sets `this.name` has it as an own field: the class's name, never a person's.
    if (key === 'name') continue
    ;(masked as unknown as Record<string, unknown>)[key] = maskByKey(key, extra[key], seen, depth)
  }
  if (error.cause !== undefined) masked.cause = maskInner(error.cause, seen, depth + 1)
  return masked
}

function maskInner(value: unknown, seen: WeakSet<object>, depth: number): unknown {
  if (typeof value === 'string') return maskLogText(value)
  if (typeof value !== 'object' || value === null) return value
  if (depth > MAX_DEPTH) return HIDDEN
  if (seen.has(value)) return CYCLE
  seen.add(value)
  try {
    if (value instanceof Error) return maskError(value, seen, depth)
    if (value instanceof Date) return value
    if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return `[이진 자료 ${value.byteLength}바이트]`
    if (Array.isArray(value)) return value.map((element) => maskInner(element, seen, depth + 1))
    if (value instanceof Map) return new Map([...value].map(([key, child]) => [typeof key === 'string' ? maskLogText(key) : key, typeof key === 'string' ? maskByKey(key, child, seen, depth) : maskInner(child, seen, depth + 1)]))
    if (value instanceof Set) return new Set([...value].map((element) => maskInner(element, seen, depth + 1)))
    const copy: Record<string, unknown> = {}
    for (const [key, child] of Object.entries(value)) copy[maskLogText(key)] = maskByKey(key, child, seen, depth)
    return copy
  } finally {
    // A value seen twice side by side (not inside itself) is masked again rather than called a cycle.
    seen.delete(value)
  }
}

/**
 * Any log message or meta with personal data and secrets masked: text by its patterns, objects, arrays,
 * Maps, Sets and Errors (message, stack, cause, own fields) recursively, a field by its key as well
 * (a `password` is hidden whatever it holds, a `name` masked as a name). A copy; cycle-safe; never throws.
 */
export function maskLogValue(value: unknown): unknown {
  try {
    return maskInner(value, new WeakSet(), 0)
  } catch {
    // A getter that throws, a proxy: nothing of it reaches the log.
    return HIDDEN
  }
}
