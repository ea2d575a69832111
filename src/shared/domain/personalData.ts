import { maskEmail, maskName, maskPhone } from './masking'

/**
 * Personal data as the one masking rule (masking.ts) leaves it, and the masking of values that may
 * not be: a feed item set aside in quarantine, a walk-in's body once it has been sent. A value
 * already masked by the rule stays exactly as it is, so masking twice changes nothing.
 */
export const PERSONAL_KINDS = ['name', 'phone', 'email'] as const
export type PersonalKind = (typeof PERSONAL_KINDS)[number]

/**
 * Where a record keeps a person's name, phone or e-mail: a dotted path into its JSON (`contact.phone`);
 * `*` stands for every element of an array (`members.*.name`).
 */
export interface PersonalField {
  path: string
  kind: PersonalKind
}

/** What a value too odd to mask by its kind (an object where a name should be) is shown as. */
export const HIDDEN_VALUE = '***'

/** A name as the rule leaves it: 홍*동, 김*, 남**수 (one character stays as it is). */
export function isMaskedName(value: string): boolean {
  return value.length > 0 && maskName(value) === value
}

/** 010-****-5678, 02-***-4567: the middle masked, the last four shown. */
export function isMaskedPhone(value: string): boolean {
  return /^0\d{1,2}-\*{3,4}-\d{4}$/.test(value)
}

/** k***@example.go.kr: the first character of the local part, then three stars. */
export function isMaskedEmail(value: string): boolean {
  return /^[^@\s*]\*{3}@[^@\s]+$/.test(value)
}

function maskString(kind: PersonalKind, value: string): string {
  switch (kind) {
    case 'name':
      return isMaskedName(value) ? value : maskName(value)
    case 'phone':
      // Fewer than four digits leaves nothing the rule could show.
      return isMaskedPhone(value) ? value : value.replace(/\D/g, '').length >= 4 ? maskPhone(value) : HIDDEN_VALUE
    case 'email':
      return isMaskedEmail(value) ? value : value.indexOf('@') > 0 ? maskEmail(value) : HIDDEN_VALUE
  }
}

/** One value of a kind, masked by the rule; null and absent stay, anything not text is hidden. */
export function maskPersonalValue(kind: PersonalKind, value: unknown): unknown {
  if (value === null || value === undefined) return value
  if (typeof value === 'string') return maskString(kind, value)
  if (typeof value === 'number' && kind === 'phone') return maskString(kind, String(value))
  return HIDDEN_VALUE
}

// A phone number or an e-mail address inside any text (a note, a field the contract does not name).
const PHONE_IN_TEXT = /(?<!\d)(0\d{1,2}[-. ]?\d{3,4}[-. ]?\d{4})(?!\d)/g
const EMAIL_IN_TEXT = /[^\s@"'<>(),;:]+@[^\s@"'<>(),;:]+\.[^\s@"'<>(),;:]+/g

/** Free text with every phone number and e-mail address in it masked by the rule. */
export function maskContactsInText(text: string): string {
  return text.replace(PHONE_IN_TEXT, (phone) => maskPhone(phone)).replace(EMAIL_IN_TEXT, (email) => maskString('email', email))
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Masks what `segments` leads to inside `value` (already a copy), whatever shape it turns out to have. */
function maskAt(value: unknown, segments: readonly string[], kind: PersonalKind): unknown {
  if (segments.length === 0) return maskPersonalValue(kind, value)
  const [head, ...rest] = segments as [string, ...string[]]
  if (Array.isArray(value)) {
    if (head === '*') return value.map((element) => maskAt(element, rest, kind))
    const index = Number(head)
    if (Number.isInteger(index) && index >= 0 && index < value.length) value[index] = maskAt(value[index], rest, kind)
    return value
  }
  if (isRecord(value)) {
    if (head === '*') {
      for (const key of Object.keys(value)) value[key] = maskAt(value[key], rest, kind)
    } else if (Object.hasOwn(value, head)) value[head] = maskAt(value[head], rest, kind)
    return value
  }
  // Text where an object holding a person was expected: it may be that person, in any form.
  return typeof value === 'string' ? HIDDEN_VALUE : value
}

/** Every string of a JSON value with its contacts masked (a copy; the structure is kept). */
function maskContactsDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskContactsInText(value)
  // JSON.parse output is a tree; the depth bound only keeps a hostile one from exhausting the stack.
  if (depth > 64) return HIDDEN_VALUE
  if (Array.isArray(value)) return value.map((element) => maskContactsDeep(element, depth + 1))
  if (isRecord(value)) {
    const copy: Record<string, unknown> = {}
    for (const [key, child] of Object.entries(value)) copy[maskContactsInText(key)] = maskContactsDeep(child, depth + 1)
    return copy
  }
  return value
}

/**
 * A record's JSON (any shape: it may be an item that failed its schema) with the declared personal
 * fields masked by their kind, and phone numbers and e-mail addresses masked wherever else they
 * appear. Never throws; the input is left untouched.
 */
export function maskPersonalFields(raw: unknown, fields: readonly PersonalField[]): unknown {
  let masked = maskContactsDeep(raw)
  for (const field of fields) masked = maskAt(masked, field.path.split('.'), field.kind)
  return masked
}

/**
 * `maskPersonalFields` for JSON text; text that is not JSON has its contacts masked as text. Text
 * with nothing to mask comes back as it was, byte for byte (what the portal sent, for diagnosis).
 */
export function maskPersonalJson(text: string, fields: readonly PersonalField[]): string {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return maskContactsInText(text)
  }
  const masked = JSON.stringify(maskPersonalFields(parsed, fields))
  const reserialised = JSON.stringify(parsed)
  return masked === reserialised && sameStrings(text, reserialised) ? text : masked
}

const STRING_TOKEN = /"(?:[^"\\]|\\.)*"/g

function stringCounts(json: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const token of json.match(STRING_TOKEN) ?? []) {
    const value = JSON.parse(token) as string
    counts.set(value, (counts.get(value) ?? 0) + 1)
  }
  return counts
}

/**
 * Whether every string of the text is still in its parsed value: a key given twice keeps only its
 * last value when parsed, and the text would then carry the other one past the masking.
 */
function sameStrings(text: string, reserialised: string): boolean {
  const parsed = stringCounts(reserialised)
  for (const [value, count] of stringCounts(text)) if ((parsed.get(value) ?? 0) < count) return false
  return true
}
