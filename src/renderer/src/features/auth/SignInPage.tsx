import { useState, type FormEvent } from 'react'
import { Anchor, Box, Button, Center, Collapse, Divider, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core'
import { IconWifiOff } from '@tabler/icons-react'
import type { Session } from '../../../../shared/ipc/views'
import { issueAt } from '../../api'
import { CacheRecoveryAlert } from '../../components/CacheRecoveryAlert'
import { ErrorAlert } from '../../components/ErrorDetail'
import { useAppInfo } from '../app/useAppInfo'
import { DemoChoice } from './DemoChoice'
import { OfflineForm } from './OfflineForm'
import { useSignIn } from './useSession'

export interface SignInPageProps {
  /** Nobody is signed in: the portal address main uses and who may go on offline on this PC. */
  session: Session
}

export function SignInPage({ session }: SignInPageProps) {
  const [mode, setMode] = useState<'online' | 'offline'>('online')
  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Box w={420}>
        <CacheRecoveryAlert />
        <Paper withBorder shadow="sm" p="xl" radius="md">
          {mode === 'offline' ? (
            <OfflineForm session={session} onBack={() => setMode('online')} />
          ) : (
            <OnlineForm session={session} onOffline={() => setMode('offline')} />
          )}
        </Paper>
      </Box>
    </Center>
  )
}

function OnlineForm({ session, onOffline }: { session: Session; onOffline: () => void }) {
  const portalUrl = session.portalUrl
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [advancedOpen, setAdvancedOpen] = useState(false)
  const [portal, setPortal] = useState(portalUrl ?? '')
  const signIn = useSignIn()
  const info = useAppInfo().data

  const submit = (name: string, secret: string) => {
    const trimmedPortal = portal.trim()
    signIn.mutate({
      username: name.trim(),
      password: secret,
      ...(trimmedPortal && trimmedPortal !== portalUrl ? { portalUrl: trimmedPortal } : {})
    })
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    submit(username, password)
  }

  // A refused portal address is said on its field (and the fold with it opens), the rest above the form.
  const portalError = issueAt(signIn.error, 'portalUrl')
  const showAdvanced = advancedOpen || portalError !== null

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <div>
          <Title order={2}>일자리포털 업무도구</Title>
          <Text c="dimmed" size="sm">
            서울시 일자리정책과 · 포털 관리자 계정으로 로그인하세요.
          </Text>
        </div>
        {signIn.error && <ErrorAlert error={signIn.error} role="alert" title="로그인하지 못했습니다" data-testid="sign-in-error" />}
        <TextInput
          label="아이디"
          autoComplete="username"
          value={username}
          onChange={(e) => setUsername(e.currentTarget.value)}
          required
          data-autofocus
        />
        <PasswordInput
          label="비밀번호"
          autoComplete="current-password"
          visibilityToggleButtonProps={{ 'aria-label': '비밀번호 보기' }}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          required
        />
        <Anchor component="button" type="button" size="sm" onClick={() => setAdvancedOpen(!showAdvanced)} aria-expanded={showAdvanced}>
          고급 {showAdvanced ? '▲' : '▼'}
        </Anchor>
        <Collapse expanded={showAdvanced}>
          <TextInput
            label="포털 주소"
            description="비워 두면 설정에 저장된 주소를 씁니다."
            placeholder="https://job.seoul.go.kr"
            value={portal}
            error={portalError}
            onChange={(e) => setPortal(e.currentTarget.value)}
          />
        </Collapse>
        <Button type="submit" loading={signIn.isPending} disabled={!username.trim() || !password}>
          로그인
        </Button>
        {info && (info.demoAvailable || info.demoMode) && (
          <>
            <Divider label="포털 없이" labelPosition="center" />
            <DemoChoice started={info.demoMode} signingIn={signIn.isPending} onPick={submit} />
          </>
        )}
        {session.offlineAccounts.length > 0 && (
          <>
            <Divider label="또는" labelPosition="center" />
            <Button
              variant="default"
              leftSection={<IconWifiOff size={16} />}
              onClick={() => {
                signIn.reset()
                onOffline()
              }}
            >
              오프라인으로 계속
            </Button>
            <Text size="xs" c="dimmed">
              포털에 연결할 수 없을 때, 이 컴퓨터에서 온라인으로 로그인한 적이 있는 직원은 그때의 비밀번호로 이 컴퓨터의 캐시
              자료를 열 수 있습니다.
            </Text>
          </>
        )}
      </Stack>
    </form>
  )
}
