import { describe, expect, it } from 'vitest'
import { mayCall, rolesNamedFor } from '../../../../src/renderer/src/features/auth/access'
import { smeAccessOf } from '../../../../src/renderer/src/features/sme/useSmeAccess'
import { NAV_LINKS, SUB_SCREENS, screenAllowed, screenFor } from '../../../../src/renderer/src/layouts/AppShellLayout/navLinks'
import { PATHS, type AppPath } from '../../../../src/renderer/src/router'
import { CHANNELS, channelAccess } from '../../../../src/shared/ipc/contract'
import { ROLES, type Role } from '../../../../src/shared/portal'

const menuFor = (roles: readonly Role[]) => NAV_LINKS.filter((link) => screenAllowed(link, (channel) => mayCall(roles, channel))).map((link) => link.label)
const opens = (roles: readonly Role[], path: AppPath) => screenAllowed(screenFor(path), (channel) => mayCall(roles, channel))

describe('role gating in the renderer', () => {
  it('asks the contract: every channel × every role as access.ts rules it (the manager may call every channel)', () => {
    for (const channel of CHANNELS) {
      const access = channelAccess(channel)
      for (const role of ROLES) {
        const expected = access === 'public' || access === 'signedIn' || role === 'manager' || access.includes(role)
        expect(mayCall([role], channel), `${role} → ${channel}`).toBe(expected)
      }
    }
  })

  it('every route declares a channel of the contract (or none: open to everyone signed in)', () => {
    const screens = [...NAV_LINKS, ...SUB_SCREENS]
    for (const screen of screens) if (screen.channel) expect(CHANNELS).toContain(screen.channel)
    for (const path of Object.values(PATHS)) expect(screenFor(path), path).toBeDefined()
    expect(screenFor(PATHS.attractiveJobs)?.channel).toBe('attractiveJobs:list')
    expect(screenFor(PATHS.sme)?.channel).toBe('sme:list')
    expect(screenFor(PATHS.smeCommittee)?.channel).toBe('sme:committee')
    expect(screenFor(PATHS.reemployment)?.channel).toBe('reemployment:sessions')
  })

  it('the menu shows each staff member only their own work areas', () => {
    const shared = ['홈', '보고서', '확인 필요', '동기화', '설정']
    const areas = (roles: readonly Role[]) => menuFor(roles).filter((label) => !shared.includes(label))
    expect(areas(['reemployment_coordinator'])).toEqual(['재취업'])
    expect(areas(['attractive_jobs_reviewer'])).toEqual(['매력일자리'])
    expect(areas(['sme_screener'])).toEqual(['강소기업'])
    expect(areas(['sme_evaluator', 'reemployment_coordinator'])).toEqual(['강소기업', '재취업'])
    expect(areas(['manager'])).toEqual(expect.arrayContaining(['매력일자리', '강소기업', '재취업']))
    for (const role of ROLES) expect(menuFor([role])).toEqual(expect.arrayContaining(shared))
  })

  it('a route the roles do not allow is refused, including a work area’s own tabs', () => {
    expect(opens(['reemployment_coordinator'], PATHS.attractiveJobs)).toBe(false)
    expect(opens(['reemployment_coordinator'], PATHS.smeSheets)).toBe(false)
    expect(opens(['reemployment_coordinator'], PATHS.reemployment)).toBe(true)
    expect(opens(['sme_screener'], PATHS.sme)).toBe(true)
    expect(opens(['sme_screener'], PATHS.smeSheets)).toBe(false)
    expect(opens(['sme_evaluator'], PATHS.smeSheets)).toBe(true)
    expect(opens(['sme_evaluator'], PATHS.smeCommittee)).toBe(false)
    expect(opens(['manager'], PATHS.smeCommittee)).toBe(true)
    for (const role of ROLES) expect(opens([role], PATHS.home)).toBe(true)
  })

  it('the 강소기업 buttons follow their channels: screening, scoring, the committee, advance and select', () => {
    expect(smeAccessOf(['sme_screener'])).toMatchObject({ screens: true, scores: false, sheets: false, manages: false, advances: false, selects: false })
    expect(smeAccessOf(['sme_evaluator'])).toMatchObject({ screens: false, scores: true, sheets: true, evaluates: true, manages: false })
    expect(smeAccessOf(['manager'])).toMatchObject({ screens: true, scores: true, manages: true, advances: true, selects: true, evaluates: false })
    expect(smeAccessOf(['reemployment_coordinator'])).toMatchObject({ screens: false, scores: false, sheets: false, manages: false })
  })

  it('names the roles a refused screen needs, as the 권한이 없습니다 page says it', () => {
    expect(rolesNamedFor('attractiveJobs:list')).toBe('매력일자리 검토')
    expect(rolesNamedFor('sme:list')).toBe('강소기업 자격검토 또는 강소기업 심사')
    expect(rolesNamedFor('sme:committee')).toBe('관리자')
    expect(rolesNamedFor('audit:list')).toBe('관리자')
    expect(rolesNamedFor('settings:get')).toBeNull()
  })
})
