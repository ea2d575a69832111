/**
 * The one masking rule for personal data (shared/domain-notes.md §5.5): every screen, export, log,
 * the simulator and the cache use these functions, so no two places reveal different halves.
 *   name:  홍길동 → 홍*동, 김수 → 김*, 남궁민수 → 남**수
 *   phone: 010-1234-5678 → 010-****-5678
 *   email: kim@example.go.kr → k***@example.go.kr
 */
export function maskName(name: string): string {
  const chars = [...name.trim()]
  if (chars.length <= 1) return chars.join('')
  if (chars.length === 2) return `${chars[0]}*`
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`
}

export function phoneDigits(phone: string): string {
  return phone.replace(/\D/g, '')
}

/** Formats a Korean phone number with hyphens (02-xxx(x)-xxxx, 01x-xxx(x)-xxxx). */
export function formatPhone(phone: string): string {
  const d = phoneDigits(phone)
  if (d.startsWith('02')) return `02-${d.slice(2, d.length - 4)}-${d.slice(-4)}`
  return `${d.slice(0, 3)}-${d.slice(3, d.length - 4)}-${d.slice(-4)}`
}

export function maskPhone(phone: string): string {
  const formatted = formatPhone(phone)
  const [head, middle = '', tail = ''] = formatted.split('-')
  return `${head}-${'*'.repeat(Math.max(3, middle.length))}-${tail}`
}

export function phoneLast4(phone: string): string {
  return phoneDigits(phone).slice(-4)
}

export function maskEmail(email: string): string {
  const at = email.indexOf('@')
  if (at <= 0) return email
  return `${email[0]}***${email.slice(at)}`
}
