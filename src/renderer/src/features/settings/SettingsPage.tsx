import { useState, type FormEvent } from 'react'
import { Badge, Card, Code, Group, Stack, Text, TextInput, Title } from '@mantine/core'
import { issueAt } from '../../api'
import { CacheRecoveryAlert } from '../../components/CacheRecoveryAlert'
import { ErrorAlert } from '../../components/ErrorDetail'
import { useAppInfo } from '../app/useAppInfo'
import { RetentionCard } from './RetentionCard'
import { NetworkSettingsForm } from './NetworkSettingsForm'
import { DataFolderCard } from './DataFolderCard'
import { DiagnosticsCard } from './diagnostics/DiagnosticsCard'
import { CompletionSettingsSection } from '../reemployment/ReemploymentSettingsPanel'
import { useMayCall } from '../auth/useAccess'
import { SecuritySettingsForm } from './SecuritySettingsForm'
import { parsePortalUrl } from './settingsForm'
import { useSettings, useUpdatePortalUrl } from './useSettings'
import { SettingsFormFooter } from './SettingsFormFooter'

function PortalUrlForm({ initial }: { initial: string | null }) {
  const [value, setValue] = useState(initial ?? '')
  const update = useUpdatePortalUrl()
  const [typedError, setTypedError] = useState<string | null>(null)
  const fieldError = typedError ?? issueAt(update.error, 'portalUrl')

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    const parsed = parsePortalUrl(value)
    setTypedError(parsed.ok ? null : parsed.message)
    if (parsed.ok) update.mutate(parsed.value)
  }

  return (
    <form onSubmit={onSubmit}>
      <Stack gap="sm">
        <TextInput
          label="포털 주소"
          description="서울 일자리포털 관리자 API 주소입니다. 바꾼 주소는 다음 로그인과 동기화부터 쓰입니다."
          placeholder="https://job.seoul.go.kr"
          value={value}
          onChange={(e) => {
            setValue(e.currentTarget.value)
            setTypedError(null)
          }}
          error={fieldError}
        />
        <SettingsFormFooter error={update.error} shownOnField={Boolean(fieldError)} pending={update.isPending} />
      </Stack>
    </form>
  )
}

export function SettingsPage() {
  const settings = useSettings()
  const info = useAppInfo()
  const mayEditCompletion = useMayCall('reemployment:setCompletionSettings')

  return (
    <Stack gap="lg">
      <Title order={2}>설정</Title>
      <CacheRecoveryAlert />
      <Card withBorder>
        <Title order={4} mb="sm">
          포털 연결
        </Title>
        {settings.error && <ErrorAlert error={settings.error} />}
        {settings.data && <PortalUrlForm initial={settings.data.portalUrl} />}
      </Card>
      <Card withBorder>
        <Title order={4} mb="sm">
          네트워크
        </Title>
        {settings.data && <NetworkSettingsForm proxy={settings.data.proxy} />}
      </Card>
      <Card withBorder>
        <Title order={4} mb="sm">
          동기화 간격, 자동 잠금과 보유기간
        </Title>
        {settings.data && <SecuritySettingsForm settings={settings.data} />}
      </Card>
      {mayEditCompletion && <CompletionSettingsSection />}
      <RetentionCard />
      <DataFolderCard />
      <DiagnosticsCard />
      <Card withBorder>
        <Title order={4} mb="sm">
          앱 정보
        </Title>
        {info.error && <ErrorAlert error={info.error} />}
        {info.data && (
          <Stack gap={6}>
            <Group gap="xs">
              <Text size="sm" w={100} c="dimmed">
                버전
              </Text>
              <Text size="sm">{info.data.version}</Text>
              {info.data.demoMode && (
                <Badge color="grape" variant="light">
                  시연 모드
                </Badge>
              )}
            </Group>
            <Group gap="xs" wrap="nowrap">
              <Text size="sm" w={100} c="dimmed">
                자료 폴더
              </Text>
              <Code>{info.data.dataDir}</Code>
            </Group>
          </Stack>
        )}
      </Card>
    </Stack>
  )
}
