/**
 * WCAG 2.1 contrast for the theme's colours. Mantine's default shades put text of several colours
 * (teal, green, orange, yellow, gray's dimmed) below 4.5:1 on white or on their own light backgrounds;
 * rather than pick shades by eye, the theme darkens each text colour just enough to pass.
 */

type Rgb = readonly [number, number, number]

function parseHex(hex: string): Rgb {
  const match = /^#([0-9a-f]{6})$/i.exec(hex)
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`)
  const value = parseInt(match[1]!, 16)
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255]
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`
}

function relativeLuminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((channel) => {
    const c = channel / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** The contrast ratio of two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(parseHex(a)), relativeLuminance(parseHex(b))].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

/** AA for normal-size text. */
export const AA_TEXT = 4.5

/** `foreground` mixed towards black in small steps until it reaches `min` against `background` (itself when it already does). */
export function readableOn(foreground: string, background: string, min = AA_TEXT): string {
  const rgb = parseHex(foreground)
  for (let step = 0; step <= 20; step += 1) {
    const candidate = toHex(rgb.map((channel) => channel * (1 - step / 20)) as unknown as Rgb)
    // A hair above the threshold: browsers round blended colours, axe measures what they paint.
    if (contrastRatio(candidate, background) >= min + 0.1) return candidate
  }
  return '#000000'
}
