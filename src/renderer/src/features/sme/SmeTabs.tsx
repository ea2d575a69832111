import { Tabs } from '@mantine/core'
import { IconClipboardList, IconGavel, IconListDetails } from '@tabler/icons-react'
import { SME_SCREEN_LABELS } from '../../../../shared/domains/sme/viewLabels'
import { PATHS, navigate, type AppPath } from '../../router'
import { useSmeAccess } from './useSmeAccess'

/**
 * The screens of the 강소기업 work area as tabs beside the title: the list, the evaluator's own sheets
 * (an evaluator's way in), the committee (manager). Each is its own route, so a link opens it directly.
 */
export function SmeTabs({ current }: { current: AppPath }) {
  const access = useSmeAccess()
  return (
    <Tabs value={current} onChange={(value) => value && navigate(value as AppPath)} variant="pills" radius="sm" activateTabWithKeyboard={false}
      styles={{ tab: { paddingBlock: 4, paddingInline: 10, fontSize: 'var(--mantine-font-size-sm)' } }}>
      <Tabs.List style={{ flexWrap: 'nowrap' }}>
        <Tabs.Tab value={PATHS.sme} leftSection={<IconListDetails size={14} />} data-testid="sme-tab-list">
          {SME_SCREEN_LABELS.list}
        </Tabs.Tab>
        {access.sheets && (
          <Tabs.Tab value={PATHS.smeSheets} leftSection={<IconClipboardList size={14} />} data-testid="sme-tab-sheets">
            {SME_SCREEN_LABELS.sheets}
          </Tabs.Tab>
        )}
        {access.manages && (
          <Tabs.Tab value={PATHS.smeCommittee} leftSection={<IconGavel size={14} />} data-testid="sme-tab-committee">
            {SME_SCREEN_LABELS.committee}
          </Tabs.Tab>
        )}
      </Tabs.List>
    </Tabs>
  )
}
