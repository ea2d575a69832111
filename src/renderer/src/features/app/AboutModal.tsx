import { Modal, Stack, Table, Text, Title } from '@mantine/core'
import { ABOUT_LABELS } from '../../../../shared/domain/aboutLabels'
import { useAppInfo } from './useAppInfo'

export function AboutModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const info = useAppInfo()
  const data = info.data
  const rows: [string, string][] = data
    ? [
        [ABOUT_LABELS.version, data.version],
        [ABOUT_LABELS.electron, data.runtime.electron ?? ABOUT_LABELS.notInShell],
        [ABOUT_LABELS.chrome, data.runtime.chrome ?? ABOUT_LABELS.notInShell],
        [ABOUT_LABELS.node, data.runtime.node],
        [ABOUT_LABELS.dataDir, data.dataDir]
      ]
    : []
  return (
    <Modal opened={opened} onClose={onClose} title={ABOUT_LABELS.title} closeButtonProps={{ 'aria-label': ABOUT_LABELS.close }}>
      <Stack gap="sm" data-testid="about">
        <Title order={4}>{ABOUT_LABELS.appName}</Title>
        {data ? (
          <Table verticalSpacing={4}>
            <Table.Tbody>
              {rows.map(([label, value]) => (
                <Table.Tr key={label}>
                  <Table.Th w={110}>{label}</Table.Th>
                  <Table.Td style={{ wordBreak: 'break-all' }}>{value}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text c="dimmed">{ABOUT_LABELS.loading}</Text>
        )}
        <Text size="sm">{ABOUT_LABELS.copyright}</Text>
        <Text size="xs" c="dimmed">
          {ABOUT_LABELS.licences}
        </Text>
      </Stack>
    </Modal>
  )
}
