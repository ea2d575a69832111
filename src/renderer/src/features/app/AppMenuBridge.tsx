import { useState } from 'react'
import { Button } from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'
import { REVIEW_SHORTCUTS } from '../../../../shared/domains/attractive-jobs/viewLabels'
import { SME_LIST_SHORTCUTS } from '../../../../shared/domains/sme/viewLabels'
import { ShortcutHelpModal, type Shortcut } from '../../components/ShortcutHelpModal'
import { PATHS, isAppPath, type AppPath } from '../../router'
import { useStartSync } from '../sync/useSync'
import { AboutModal } from './AboutModal'
import { useAppEvents } from './useAppEvents'

/** The keys of the screens that have their own (the lists); every other screen has only the app's. */
const SCREEN_SHORTCUTS: Partial<Record<AppPath, readonly Shortcut[]>> = {
  [PATHS.attractiveJobs]: REVIEW_SHORTCUTS,
  [PATHS.sme]: SME_LIST_SHORTCUTS
}

/**
 * What the application menu asks of the signed-in shell: 설정 and 보고서 내보내기 open their screens,
 * 동기화 starts a sync, 잠금 locks, 단축키 (F1) shows the keys of the screen in view, 정보 opens its box. Also the header's 정보 button.
 */
export function AppMenuBridge({ path, onNavigate, onLock }: { path: AppPath; onNavigate: (path: AppPath) => void; onLock: () => void }) {
  const [aboutOpen, setAboutOpen] = useState(false)
  const [shortcutsOpen, setShortcutsOpen] = useState(false)
  const startSync = useStartSync()
  useAppEvents({
    navigate: (to) => {
      if (isAppPath(to)) onNavigate(to)
    },
    command: (command) => {
      switch (command) {
        case 'sync':
          startSync.mutate()
          return
        case 'lock':
          onLock()
          return
        case 'shortcuts':
          setShortcutsOpen(true)
          return
        case 'about':
          setAboutOpen(true)
          return
      }
    }
  })
  return (
    <>
      <Button variant="subtle" size="compact-sm" color="gray" leftSection={<IconInfoCircle size={14} />} onClick={() => setAboutOpen(true)}>
        정보
      </Button>
      <AboutModal opened={aboutOpen} onClose={() => setAboutOpen(false)} />
      <ShortcutHelpModal opened={shortcutsOpen} onClose={() => setShortcutsOpen(false)} shortcuts={SCREEN_SHORTCUTS[path] ?? []} />
    </>
  )
}
