import { DEFAULT_THEME } from '@mantine/core'
import { describe, expect, it } from 'vitest'
import { AA_TEXT, contrastRatio, readableOn } from '../../../src/renderer/src/lib/contrast'
import { cssVariablesResolver, theme } from '../../../src/renderer/src/theme'

describe("the theme's text colours pass WCAG AA", () => {
  it('contrast ratios as WCAG defines them', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#868e96', '#ffffff')).toBeCloseTo(3.32, 2)
    expect(readableOn('#000000', '#ffffff')).toBe('#000000')
  })

  it("every colour's text, light-variant text and filled background reach 4.5:1 against what they are painted on", () => {
    const variables = cssVariablesResolver({ ...DEFAULT_THEME, ...theme } as never).light
    for (const [name, shades] of Object.entries(DEFAULT_THEME.colors)) {
      if (name === 'dark') continue
      // On a striped or hovered row, and on the light variant's hover fill.
      expect(contrastRatio(variables[`--mantine-color-${name}-text`]!, DEFAULT_THEME.colors.gray[1]), `${name} text`).toBeGreaterThanOrEqual(AA_TEXT)
      expect(contrastRatio(variables[`--mantine-color-${name}-light-color`]!, shades[2]), `${name} light`).toBeGreaterThanOrEqual(AA_TEXT)
      expect(contrastRatio(variables[`--mantine-color-${name}-filled`]!, '#ffffff'), `${name} filled`).toBeGreaterThanOrEqual(AA_TEXT)
      expect(contrastRatio(variables[`--mantine-color-${name}-outline`]!, '#ffffff'), `${name} outline`).toBeGreaterThanOrEqual(AA_TEXT)
    }
    expect(contrastRatio(variables['--mantine-color-dimmed']!, DEFAULT_THEME.colors.gray[1])).toBeGreaterThanOrEqual(AA_TEXT)
    expect(contrastRatio(variables['--mantine-color-anchor']!, DEFAULT_THEME.colors.gray[1])).toBeGreaterThanOrEqual(AA_TEXT)
  })
})
