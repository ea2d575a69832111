import { inflateSync } from 'node:zlib'

/**
 * Just enough of a PDF reader to read back what Chromium's `page.pdf()` wrote: the pages in order
 * and the text drawn on each (through each font's ToUnicode map). Chromium writes plain objects (no
 * object streams, no encryption), Flate-compressed streams and one- or two-byte font codes — no more
 * is handled. Each BT…ET text block becomes one line of the page's text.
 */

interface PdfObject {
  dict: string
  stream: Buffer | null
}

function parseObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1')
  const objects = new Map<number, PdfObject>()
  const pattern = /(\d+) 0 obj\s*([\s\S]*?)endobj/g
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const body = match[2] ?? ''
    const at = body.search(/stream\r?\n/)
    if (at < 0) {
      objects.set(Number(match[1]), { dict: body, stream: null })
      continue
    }
    const dict = body.slice(0, at)
    const start = at + (body[at + 6] === '\r' ? 8 : 7)
    const end = body.lastIndexOf('endstream')
    let raw = Buffer.from(body.slice(start, end), 'latin1')
    if (raw.at(-1) === 0x0a) raw = raw.subarray(0, raw.length - (raw.at(-2) === 0x0d ? 2 : 1))
    objects.set(Number(match[1]), { dict, stream: /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw })
  }
  return objects
}

function refs(value: string): number[] {
  return [...value.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]))
}

function entry(dict: string, key: string): string | null {
  const match = new RegExp(`/${key}\\s*(\\d+ 0 R|\\[[^\\]]*\\])`).exec(dict)
  return match?.[1] ?? null
}

function utf16(hex: string): string {
  let out = ''
  for (let i = 0; i + 4 <= hex.length; i += 4) out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16))
  return out
}

interface FontMap {
  bytes: number
  chars: Map<number, string>
}

function parseCMap(cmap: string): FontMap {
  const space = /<([0-9A-Fa-f]+)>\s*<[0-9A-Fa-f]+>\s*endcodespacerange/.exec(cmap)
  const chars = new Map<number, string>()
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) chars.set(parseInt(m[1]!, 16), utf16(m[2]!))
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g)) {
      const lo = parseInt(m[1]!, 16)
      const hi = parseInt(m[2]!, 16)
      const target = m[3]!
      if (target.startsWith('[')) {
        const list = [...target.matchAll(/<([0-9A-Fa-f]+)>/g)].map((t) => utf16(t[1]!))
        list.forEach((s, i) => chars.set(lo + i, s))
      } else {
        const base = target.slice(1, -1)
        const first = parseInt(base.slice(-4), 16)
        for (let code = lo; code <= hi; code += 1) chars.set(code, utf16(base.slice(0, -4)) + String.fromCharCode(first + code - lo))
      }
    }
  }
  return { bytes: space ? space[1]!.length / 2 : 1, chars }
}

function decode(bytes: Buffer, font: FontMap | undefined): string {
  if (!font) return bytes.toString('latin1')
  let out = ''
  for (let i = 0; i + font.bytes <= bytes.length; i += font.bytes) {
    const code = font.bytes === 2 ? bytes.readUInt16BE(i) : bytes[i]!
    out += font.chars.get(code) ?? ''
  }
  return out
}

/** `(…)` with its escapes, from `at` (the opening parenthesis); returns the bytes and the index after it. */
function literal(content: string, at: number): [Buffer, number] {
  const out: number[] = []
  let depth = 0
  for (let i = at; i < content.length; i += 1) {
    const c = content[i]!
    if (c === '\\') {
      const next = content[i + 1] ?? ''
      const octal = /^[0-7]{1,3}/.exec(content.slice(i + 1, i + 4))
      if (octal) {
        out.push(parseInt(octal[0], 8))
        i += octal[0].length
      } else {
        out.push(({ n: 10, r: 13, t: 9, b: 8, f: 12 } as Record<string, number>)[next] ?? next.charCodeAt(0))
        i += 1
      }
      continue
    }
    if (c === '(') {
      depth += 1
      if (depth === 1) continue
    } else if (c === ')') {
      depth -= 1
      if (depth === 0) return [Buffer.from(out), i + 1]
    }
    out.push(c.charCodeAt(0))
  }
  return [Buffer.from(out), content.length]
}

function pageText(content: string, fonts: Map<string, FontMap>): string {
  const lines: string[] = []
  let line = ''
  let font: FontMap | undefined
  let lastName = ''
  let strings: Buffer[] = []
  for (let i = 0; i < content.length; ) {
    const c = content[i]!
    if (/\s/.test(c)) {
      i += 1
    } else if (c === '(') {
      const [bytes, next] = literal(content, i)
      strings.push(bytes)
      i = next
    } else if (c === '<' && content[i + 1] !== '<') {
      const end = content.indexOf('>', i)
      strings.push(Buffer.from(content.slice(i + 1, end).replace(/\s/g, ''), 'hex'))
      i = end + 1
    } else if (c === '/') {
      const m = /^\/[^\s/<>[\]()]+/.exec(content.slice(i))!
      lastName = m[0].slice(1)
      i += m[0].length
    } else {
      const m = /^[^\s/<>[\]()]+|^./.exec(content.slice(i))!
      const token = m[0]
      i += token.length
      if (token === 'Tf') font = fonts.get(lastName)
      else if (token === 'Tj' || token === 'TJ' || token === "'" || token === '"') line += strings.map((s) => decode(s, font)).join('')
      else if (token === 'ET') {
        lines.push(line)
        line = ''
      }
      if (!/^[-+.\d[\]]/.test(token)) strings = []
    }
  }
  return lines.join('\n')
}

/** The text of each page of `pdf`, in page order. */
export function readPdfPages(pdf: Buffer): string[] {
  const objects = parseObjects(pdf)
  const object = (id: number): PdfObject => {
    const found = objects.get(id)
    if (!found) throw new Error(`PDF object ${id} missing`)
    return found
  }
  const catalog = [...objects.values()].find((o) => /\/Type\s*\/Catalog/.test(o.dict))
  if (!catalog) throw new Error('no PDF catalog')
  const pageIds: number[] = []
  const walk = (id: number): void => {
    const node = object(id)
    if (/\/Type\s*\/Pages/.test(node.dict)) refs(entry(node.dict, 'Kids') ?? '').forEach(walk)
    else pageIds.push(id)
  }
  refs(entry(catalog.dict, 'Pages') ?? '').forEach(walk)
  const fontCache = new Map<number, FontMap>()
  return pageIds.map((id) => {
    const page = object(id)
    const resourcesRef = /\/Resources\s*(\d+) 0 R/.exec(page.dict)
    const resources = resourcesRef ? object(Number(resourcesRef[1])).dict : page.dict
    const fontRef = /\/Font\s*(\d+) 0 R/.exec(resources)
    const fontDict = fontRef ? object(Number(fontRef[1])).dict : (/\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? '')
    const fonts = new Map<string, FontMap>()
    for (const m of fontDict.matchAll(/\/([^\s/]+)\s+(\d+) 0 R/g)) {
      const fontId = Number(m[2])
      if (!fontCache.has(fontId)) {
        const toUnicode = /\/ToUnicode\s*(\d+) 0 R/.exec(object(fontId).dict)
        const cmap = toUnicode ? object(Number(toUnicode[1])).stream : null
        fontCache.set(fontId, cmap ? parseCMap(cmap.toString('latin1')) : { bytes: 1, chars: new Map() })
      }
      fonts.set(m[1]!, fontCache.get(fontId)!)
    }
    const content = refs(entry(page.dict, 'Contents') ?? '')
      .map((ref) => object(ref).stream?.toString('latin1') ?? '')
      .join('\n')
    return pageText(content, fonts)
  })
}
