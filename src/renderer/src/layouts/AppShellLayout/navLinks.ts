import type { ComponentType } from 'react'
import {
  IconBriefcase,
  IconBuildingFactory2,
  IconFileAnalytics,
  IconHome,
  IconInbox,
  IconRefresh,
  IconSettings,
  IconShieldCheck,
  IconUsers,
  type IconProps
} from '@tabler/icons-react'
import { SME_SCREEN_LABELS, SME_TITLE } from '../../../../shared/domains/sme/viewLabels'
import type { Channel } from '../../../../shared/ipc/contract'
import { PATHS, type AppPath } from '../../router'

/** A route and what it needs: the screen opens (and its menu entry shows) only when the roles allow `channel`. */
export interface ScreenItem {
  path: AppPath
  label: string
  /** The channel the screen reads first (null: any signed-in staff member, e.g. 홈). */
  channel: Channel | null
}

export interface NavLinkItem extends ScreenItem {
  icon: ComponentType<IconProps>
}

export const NAV_LINKS: readonly NavLinkItem[] = [
  { path: PATHS.home, label: '홈', icon: IconHome, channel: null },
  { path: PATHS.attractiveJobs, label: '매력일자리', icon: IconBriefcase, channel: 'attractiveJobs:list' },
  { path: PATHS.sme, label: '강소기업', icon: IconBuildingFactory2, channel: 'sme:list' },
  { path: PATHS.reemployment, label: '재취업', icon: IconUsers, channel: 'reemployment:sessions' },
  { path: PATHS.reports, label: '보고서', icon: IconFileAnalytics, channel: null },
  { path: PATHS.inbox, label: '확인 필요', icon: IconInbox, channel: 'inbox:list' },
  { path: PATHS.sync, label: '동기화', icon: IconRefresh, channel: 'sync:status' },
  { path: PATHS.audit, label: '감사 기록', icon: IconShieldCheck, channel: 'audit:list' },
  { path: PATHS.settings, label: '설정', icon: IconSettings, channel: 'settings:get' }
]

/** Screens without a menu entry of their own (tabs of a work area), each with the channel it needs. */
export const SUB_SCREENS: readonly ScreenItem[] = [
  { path: PATHS.smeSheets, label: `${SME_TITLE} — ${SME_SCREEN_LABELS.sheets}`, channel: 'sme:mySheets' },
  { path: PATHS.smeCommittee, label: `${SME_TITLE} — ${SME_SCREEN_LABELS.committee}`, channel: 'sme:committee' }
]

/** The menu entry a path belongs to: its own, or the one whose screen it is part of (`/sme/sheets` → 강소기업). */
export function navLinkFor(path: AppPath): NavLinkItem | undefined {
  return NAV_LINKS.find((link) => link.path === path) ?? NAV_LINKS.find((link) => link.path !== PATHS.home && path.startsWith(`${link.path}/`))
}

/** The screen of a path with the channel it needs: its own entry, else the menu entry it is part of. */
export function screenFor(path: AppPath): ScreenItem | undefined {
  return SUB_SCREENS.find((screen) => screen.path === path) ?? navLinkFor(path)
}

/** Whether `may` lets the screen open (a path no screen declares is for everyone signed in). */
export function screenAllowed(screen: ScreenItem | undefined, may: (channel: Channel) => boolean): boolean {
  return !screen?.channel || may(screen.channel)
}
