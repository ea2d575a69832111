import { useState } from 'react'
import { Stack, Tabs, Text, Title } from '@mantine/core'
import { AuditLogPanel } from './AuditLogPanel'
import { MonthlyReviewPanel } from './MonthlyReviewPanel'

type AuditTab = 'log' | 'monthly'

/** 감사 기록 (manager): the 접속기록 of this PC, and the monthly review of downloads, printouts and look-ups. */
export function AuditPage() {
  const [tab, setTab] = useState<AuditTab>('log')
  return (
    <Stack gap="md" data-testid="audit-page">
      <Stack gap={4}>
        <Title order={2}>감사 기록</Title>
        <Text size="sm" c="dimmed">
          이 PC에서 누가 언제 어떤 개인정보를 보고, 출력하고, 내려받았는지의 접속기록입니다. 기록은 고치거나 지울 수 없고(2년 이상 보관),
          포털에도 보내 PC를 잃어도 남습니다.
        </Text>
      </Stack>
      <Tabs value={tab} onChange={(value) => value && setTab(value as AuditTab)}>
        <Tabs.List>
          <Tabs.Tab value="log" fw={600}>
            접속기록
          </Tabs.Tab>
          <Tabs.Tab value="monthly" fw={600}>
            월간 점검
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="log" pt="md">
          <AuditLogPanel />
        </Tabs.Panel>
        <Tabs.Panel value="monthly" pt="md">
          {tab === 'monthly' && <MonthlyReviewPanel />}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  )
}
