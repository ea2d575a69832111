/**
 * The renderer's Content-Security-Policy (a <meta> in src/renderer/index.html, kept by Vite in the
 * built and the served page): what it must say, checked by a test against the HTML Vite produces.
 * The page talks to main over IPC only, so it needs nothing from the network, no inline or eval'd
 * script, no plugins, frames, forms or workers. Styles stay 'unsafe-inline': Mantine sets its CSS
 * variables in <style> elements and style attributes.
 */

/** Each directive the policy may have, with the only sources it may list. */
export const CSP_ALLOWED_SOURCES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-src': ["'none'"],
  'worker-src': ["'none'"]
  // No frame-ancestors: a <meta> policy cannot carry it (Chromium logs an error and ignores it); the
  // window is no page anyone can frame anyway.
}

/** Directives that must be present: without them the fallback (default-src) or nothing would apply. */
export const CSP_REQUIRED_DIRECTIVES = ['default-src', 'script-src', 'object-src', 'base-uri', 'form-action', 'frame-src', 'connect-src'] as const

export type CspPolicy = Map<string, string[]>

export function parseCsp(policy: string): CspPolicy {
  const directives: CspPolicy = new Map()
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean)
    // The first occurrence of a directive wins (CSP §2.2); a repeat is ignored by browsers.
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources)
  }
  return directives
}

interface Tag {
  index: number
  attributes: Map<string, string>
  /** For <script>: whether it has a body (inline code). */
  inline?: boolean
}

function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>()
  for (const match of tag.matchAll(/([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const name = match[1]!.toLowerCase()
    if (name === 'meta' || name === 'script' || name === 'link') continue
    attributes.set(name, match[2] ?? match[3] ?? match[4] ?? '')
  }
  return attributes
}

function tags(html: string, name: 'meta' | 'link'): Tag[] {
  return [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'gi'))].map((m) => ({ index: m.index, attributes: attributesOf(m[0]) }))
}

function scripts(html: string): Tag[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)].map((m) => ({
    index: m.index,
    attributes: attributesOf(m[1] ?? ''),
    inline: (m[2] ?? '').trim() !== ''
  }))
}

/** The page's <meta http-equiv="Content-Security-Policy"> policies, in document order. */
export function metaPolicies(html: string): { index: number; policy: string }[] {
  return tags(html, 'meta')
    .filter((tag) => tag.attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy')
    .map((tag) => ({ index: tag.index, policy: tag.attributes.get('content') ?? '' }))
}

export interface CspCheckOptions {
  /**
   * The policy must come before every script and stylesheet (a <meta> policy covers only what follows
   * it). Vite's dev server puts its own client script first, so the served dev page is checked without.
   */
  policyFirst: boolean
}

/** What is wrong with the page's CSP; empty when it is as strict as CSP_ALLOWED_SOURCES says. */
export function cspProblems(html: string, options: CspCheckOptions = { policyFirst: true }): string[] {
  const problems: string[] = []
  const metas = metaPolicies(html)
  if (metas.length !== 1) return [`expected exactly one CSP <meta>, found ${metas.length}`]
  const [meta] = metas as [{ index: number; policy: string }]
  const policy = parseCsp(meta.policy)
  for (const required of CSP_REQUIRED_DIRECTIVES) {
    if (!policy.has(required)) problems.push(`missing ${required}`)
  }
  for (const [directive, sources] of policy) {
    const allowed = CSP_ALLOWED_SOURCES[directive]
    if (!allowed) {
      problems.push(`unexpected directive ${directive}`)
      continue
    }
    if (sources.length === 0) problems.push(`${directive} lists no source`)
    for (const source of sources) {
      if (!allowed.includes(source.toLowerCase())) problems.push(`${directive} must not allow ${source}`)
    }
  }
  const pageScripts = scripts(html)
  for (const script of pageScripts) {
    if (script.inline) problems.push('inline <script> in the page')
  }
  if (options.policyFirst) {
    const covered = [...pageScripts, ...tags(html, 'link')]
    if (covered.some((tag) => tag.index < meta.index)) problems.push('a script or stylesheet comes before the CSP <meta>')
  }
  return problems
}
