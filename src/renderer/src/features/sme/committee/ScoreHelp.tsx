import { ActionIcon, Popover, ScrollArea, Stack, Text, Title } from '@mantine/core'
import { IconHelp } from '@tabler/icons-react'
import { SME_SCORE_DEFINITIONS } from '../../../../../shared/domains/sme/labels'
import { COMMITTEE_TEXT } from '../../../../../shared/domains/sme/viewLabels'

/** How every number of the committee view is computed (the definitions, in plain Korean). */
export function ScoreHelp() {
  return (
    <Popover width={460} position="bottom-end" shadow="md" withinPortal>
      <Popover.Target>
        <ActionIcon variant="default" aria-label={COMMITTEE_TEXT.help} title={COMMITTEE_TEXT.help}>
          <IconHelp size={18} />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown data-testid="sme-score-help">
        <Title order={5} mb="xs">
          {COMMITTEE_TEXT.help}
        </Title>
        <ScrollArea.Autosize mah={440} type="auto">
          <Stack gap={8}>
            {SME_SCORE_DEFINITIONS.map((d) => (
              <div key={d.term}>
                <Text size="sm" fw={600}>
                  {d.term}
                </Text>
                <Text size="xs">{d.text}</Text>
              </div>
            ))}
          </Stack>
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  )
}
