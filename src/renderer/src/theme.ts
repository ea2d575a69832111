import { createTheme, DEFAULT_THEME, type CSSVariablesResolver } from '@mantine/core'
import { readableOn } from './lib/contrast'

/** Pretendard ships in the bundle (main.tsx); 맑은 고딕, on every Windows PC, only if it ever failed to load. */
const KOREAN_FONT_STACK = "'Pretendard Variable', Pretendard, '맑은 고딕', 'Malgun Gothic', system-ui, sans-serif"

export const theme = createTheme({
  fontFamily: KOREAN_FONT_STACK,
  headings: { fontFamily: KOREAN_FONT_STACK },
  primaryColor: 'blue',
  defaultRadius: 'sm',
  cursorType: 'pointer',
  components: {
    // A notice's description under its title is Mantine's fixed gray 6 (3.3:1 on white): the passing dimmed grey instead.
    Notification: { styles: { description: { color: 'var(--mantine-color-dimmed)' } } }
  }
})

/**
 * WCAG AA contrast in the light scheme (KWCAG 2.2): each colour's text, its light variant's text and
 * its filled background are darkened just enough to reach 4.5:1 on what they are painted on, and the
 * dimmed grey is one that passes on white. The colours stay recognisably Mantine's.
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => {
  // Text sits on white, on striped and hovered rows (gray 0–1) and on light-variant fills (a colour's 1–2).
  const rowGray = DEFAULT_THEME.colors.gray[1]
  const light: Record<string, string> = { '--mantine-color-dimmed': readableOn(DEFAULT_THEME.colors.gray[6], rowGray) }
  for (const [name, shades] of Object.entries(resolved.colors)) {
    if (name === 'dark' || shades.some((shade) => !/^#[0-9a-f]{6}$/i.test(shade))) continue
    const filled = readableOn(shades[6]!, '#ffffff')
    light[`--mantine-color-${name}-filled`] = filled
    light[`--mantine-color-${name}-outline`] = filled
    light[`--mantine-color-${name}-filled-hover`] = readableOn(shades[7]!, '#ffffff', 5.5)
    light[`--mantine-color-${name}-text`] = readableOn(shades[6]!, rowGray)
    light[`--mantine-color-${name}-light-color`] = readableOn(shades[9]!, shades[2]!)
  }
  light['--mantine-color-anchor'] = light[`--mantine-color-${resolved.primaryColor}-text`] ?? readableOn(DEFAULT_THEME.colors.blue[6], rowGray)
  return { variables: {}, light, dark: {} }
}
