import { useState } from 'react'
import { Button, Tooltip } from '@mantine/core'
import { IconFileImport } from '@tabler/icons-react'
import { IMPORT_BUTTON_LABEL } from '../../../../../shared/domains/reemployment/importLabels'
import { ImportListDialog } from './ImportListDialog'

/**
 * 명단 가져오기 for one session, with its dialog. The imported people become walk-ins, so it is refused
 * where a walk-in is (`blockedReason`, a cancelled session).
 */
export function ImportListButton({ sessionId, blockedReason }: { sessionId: string; blockedReason: string | null }) {
  const [opened, setOpened] = useState(false)
  return (
    <>
      <Tooltip label={blockedReason ?? ''} disabled={!blockedReason} multiline maw={280}>
        <Button
          variant="default"
          leftSection={<IconFileImport size={18} />}
          onClick={() => setOpened(true)}
          disabled={blockedReason !== null}
          data-testid="open-list-import"
        >
          {IMPORT_BUTTON_LABEL}
        </Button>
      </Tooltip>
      <ImportListDialog sessionId={sessionId} opened={opened} onClose={() => setOpened(false)} />
    </>
  )
}
