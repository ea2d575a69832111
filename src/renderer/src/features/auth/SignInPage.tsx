import { useState, type FormEvent } from 'react'
import {
  Anchor,
  Box,
  Button,
  Center,
  Collapse,
  Divider,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title
} from '@mantine/core'
import { IconWifiOff } from '@tabler/icons-react'
import { josa } from 'es-hangul'
import { issueAt } from '../../api'
import { CacheRecoveryAlert } from '../../components/CacheRecoveryAlert'
import { ErrorAlert } from '../../components/ErrorDetail'
import { useContinueOffline, useSession, useSignIn } from './useSession'

export interface SignInPageProps {
  /** The portal address main currently uses, shown as the default under "고급". */
  portalUrl: string | null
}

export function SignInPage({ portalUrl }: SignInPageProps) {
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [advancedOpen, setAdvancedOpen] = useState(false)
  const [portal, setPortal] = useState(portalUrl ?? '')
  const signIn = useSignIn()
  const offline = useContinueOffline()
  // Who last signed in on this PC (App renders this page from the same session query).
  const lastStaff = useSession().data?.lastStaff ?? null

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    offline.reset()
    const trimmedPortal = portal.trim()
    signIn.mutate({
      username: username.trim(),
      password,
      ...(trimmedPortal && trimmedPortal !== portalUrl ? { portalUrl: trimmedPortal } : {})
    })
  }

  const error = signIn.error ?? offline.error
  // A refused portal address is said on its field (and the fold with it opens), the rest above the form.
  const portalError = issueAt(error, 'portalUrl')
  const showAdvanced = advancedOpen || portalError !== null

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Box w={420}>
        <CacheRecoveryAlert />
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <form onSubmit={onSubmit} noValidate>
            <Stack gap="md">
              <div>
                <Title order={2}>일자리포털 업무도구</Title>
                <Text c="dimmed" size="sm">
                  서울시 일자리정책과 · 포털 관리자 계정으로 로그인하세요.
                </Text>
              </div>
              {error && <ErrorAlert error={error} role="alert" title="로그인하지 못했습니다" data-testid="sign-in-error" />}
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
              {lastStaff && (
                <>
                  <Divider label="또는" labelPosition="center" />
                  <Button
                    variant="default"
                    leftSection={<IconWifiOff size={16} />}
                    loading={offline.isPending}
                    onClick={() => {
                      signIn.reset()
                      offline.mutate()
                    }}
                  >
                    {josa(lastStaff.name, '으로/로')} 오프라인 계속
                  </Button>
                  <Text size="xs" c="dimmed">
                    오프라인으로 계속하면 이 컴퓨터에 마지막으로 로그인한 {lastStaff.name}({lastStaff.department}) 님의 캐시
                    자료만 볼 수 있고, 변경 사항은 다음 로그인 때 포털로 보냅니다.
                  </Text>
                </>
              )}
            </Stack>
          </form>
        </Paper>
      </Box>
    </Center>
  )
}
