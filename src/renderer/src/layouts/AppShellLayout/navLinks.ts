import type { ComponentType } from 'react'
import {
  IconBriefcase,
  IconBuildingFactory2,
  IconFileAnalytics,
  IconHome,
  IconInbox,
  IconRefresh,
  IconSettings,
  IconUsers,
  type IconProps
} from '@tabler/icons-react'
import type { CollectionName } from '../../../../shared/portal'
import { PATHS, type AppPath } from '../../router'

export interface NavLinkItem {
  path: AppPath
  label: string
  icon: ComponentType<IconProps>
  /** The feeds the screen shows: only staff whose roles cover one of them may open it. */
  collections?: readonly CollectionName[]
}

export const NAV_LINKS: NavLinkItem[] = [
  { path: PATHS.home, label: '홈', icon: IconHome },
  { path: PATHS.attractiveJobs, label: '매력일자리', icon: IconBriefcase, collections: ['attractive-jobs'] },
  { path: PATHS.sme, label: '강소기업', icon: IconBuildingFactory2, collections: ['sme-applications'] },
  { path: PATHS.reemployment, label: '재취업', icon: IconUsers, collections: ['reemployment-sessions', 'reemployment-registrations'] },
  { path: PATHS.reports, label: '보고서', icon: IconFileAnalytics },
  { path: PATHS.inbox, label: '확인 필요', icon: IconInbox },
  { path: PATHS.sync, label: '동기화', icon: IconRefresh },
  { path: PATHS.settings, label: '설정', icon: IconSettings }
]

/** The menu entry a path belongs to: its own, or the one whose screen it is part of (`/sme/sheets` → 강소기업). */
export function navLinkFor(path: AppPath): NavLinkItem | undefined {
  return NAV_LINKS.find((link) => link.path === path) ?? NAV_LINKS.find((link) => link.path !== PATHS.home && path.startsWith(`${link.path}/`))
}
