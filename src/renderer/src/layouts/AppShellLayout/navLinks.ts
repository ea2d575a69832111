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
import { PATHS, type AppPath } from '../../router'

export interface NavLinkItem {
  path: AppPath
  label: string
  icon: ComponentType<IconProps>
}

export const NAV_LINKS: NavLinkItem[] = [
  { path: PATHS.home, label: '홈', icon: IconHome },
  { path: PATHS.attractiveJobs, label: '매력일자리', icon: IconBriefcase },
  { path: PATHS.sme, label: '강소기업', icon: IconBuildingFactory2 },
  { path: PATHS.reemployment, label: '재취업', icon: IconUsers },
  { path: PATHS.reports, label: '보고서', icon: IconFileAnalytics },
  { path: PATHS.inbox, label: '확인 필요', icon: IconInbox },
  { path: PATHS.sync, label: '동기화', icon: IconRefresh },
  { path: PATHS.settings, label: '설정', icon: IconSettings }
]
