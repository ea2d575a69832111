import { describe, expect, it } from 'vitest'
import type { Channel } from '../../../../src/shared/ipc/contract'
import { mayCall } from '../../../../src/renderer/src/features/auth/access'
import { matchScreens, paletteScreens } from '../../../../src/renderer/src/features/palette/screens'
import { NAV_LINKS, SUB_SCREENS } from '../../../../src/renderer/src/layouts/AppShellLayout/navLinks'

const mayAs = (...roles: Parameters<typeof mayCall>[0]) => (channel: Channel) => mayCall(roles, channel)
const paths = (screens: readonly { path: string }[]) => screens.map((screen) => screen.path)

describe('palette screens', () => {
  it('are the menu and its sub-screens, in that order, as far as the roles open them', () => {
    expect(paths(paletteScreens(mayAs('manager')))).toEqual(paths([...NAV_LINKS, ...SUB_SCREENS]))
    const reviewer = paths(paletteScreens(mayAs('attractive_jobs_reviewer')))
    expect(reviewer).toContain('/attractive-jobs')
    for (const hidden of ['/sme', '/sme/sheets', '/sme/committee', '/reemployment', '/audit']) expect(reviewer).not.toContain(hidden)
    expect(paths(paletteScreens(mayAs('reemployment_coordinator')))).toContain('/reemployment')
    expect(paths(paletteScreens(mayAs('reemployment_coordinator')))).not.toContain('/attractive-jobs')
  })

  it('match by a part of the name, spaces ignored, or by 초성; all while nothing is typed', () => {
    const all = paletteScreens(mayAs('manager'))
    expect(matchScreens(all, '')).toHaveLength(all.length)
    expect(matchScreens(all, '  ')).toHaveLength(all.length)
    expect(paths(matchScreens(all, '확인'))).toEqual(['/inbox'])
    expect(paths(matchScreens(all, '확인필요'))).toEqual(['/inbox'])
    expect(paths(matchScreens(all, 'ㄷㄱㅎ'))).toEqual(['/sync'])
    expect(paths(matchScreens(all, 'ㄱㅅ ㄱㅇ'))).toEqual(['/sme', '/sme/sheets', '/sme/committee'])
    expect(matchScreens(all, '돌봄')).toEqual([])
  })
})
