import { getChoseong } from 'es-hangul'
import type { Channel } from '../../../../shared/ipc/contract'
import { NAV_LINKS, SUB_SCREENS, screenAllowed, type ScreenItem } from '../../layouts/AppShellLayout/navLinks'

/** Every screen the roles open: the menu's entries and the work areas' tabs, in the menu's order. */
export function paletteScreens(may: (channel: Channel) => boolean): ScreenItem[] {
  return [...NAV_LINKS, ...SUB_SCREENS].filter((screen) => screenAllowed(screen, may))
}

const compact = (text: string) => text.replace(/\s+/g, '').toLowerCase()
const ONLY_CHOSEONG = /^[ㄱ-ㅎ]+$/

/**
 * The screens whose name holds what is typed, spaces ignored (강소 기업 → 강소기업), or its 초성
 * (ㅎㅇ ㅍㅇ → 확인 필요); all of them while nothing is typed.
 */
export function matchScreens(screens: readonly ScreenItem[], typed: string): ScreenItem[] {
  const wanted = compact(typed)
  if (wanted === '') return [...screens]
  const byChoseong = ONLY_CHOSEONG.test(wanted)
  return screens.filter((screen) => {
    const label = compact(screen.label)
    return label.includes(wanted) || (byChoseong && getChoseong(label).includes(wanted))
  })
}
