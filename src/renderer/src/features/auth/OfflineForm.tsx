import { useState, type FormEvent } from 'react'
import { Anchor, Button, PasswordInput, Radio, Stack, Text, TextInput, Title } from '@mantine/core'
import { IconWifiOff } from '@tabler/icons-react'
import type { Session } from '../../../../shared/ipc/views'
import { ErrorAlert } from '../../components/ErrorDetail'
import { errorCode } from './signInErrors'
import { useContinueOffline } from './useSession'

export interface OfflineFormProps {
  session: Session
  onBack: () => void
}

/** Whose account the form starts with: the last one signed in here, or the only one there is. */
function initialUsername(session: Session): string {
  const accounts = session.offlineAccounts
  const last = accounts.find((account) => account.staffId === session.lastStaff?.id)
  return last?.username ?? (accounts.length === 1 ? (accounts[0]?.username ?? '') : '')
}

/**
 * 오프라인으로 계속: an account that signed in online on this PC before (picked from the list or typed)
 * and that sign-in's password, checked here against the verifier kept then; after 5 wrong tries main
 * refuses for a while and the staff member has to sign in online.
 */
export function OfflineForm({ session, onBack }: OfflineFormProps) {
  const [username, setUsername] = useState(() => initialUsername(session))
  const [password, setPassword] = useState('')
  const offline = useContinueOffline()
  const picked = session.offlineAccounts.find((account) => account.username === username.trim())

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    offline.mutate(
      { username: username.trim(), password },
      {
        // A wrong password is typed again from scratch.
        onError: () => setPassword('')
      }
    )
  }

  return (
    <form onSubmit={onSubmit} noValidate data-testid="offline-form">
      <Stack gap="md">
        <div>
          <Title order={3}>오프라인으로 계속</Title>
          <Text c="dimmed" size="sm">
            포털에 연결하지 않고 이 컴퓨터의 캐시 자료로 일합니다. 이 컴퓨터에서 마지막으로 온라인 로그인할 때 쓴 비밀번호를
            입력하세요. 변경 사항은 그 직원이 다음에 온라인으로 로그인할 때 포털로 보냅니다.
          </Text>
        </div>
        {offline.error && (
          <ErrorAlert
            error={offline.error}
            role="alert"
            title="오프라인으로 계속하지 못했습니다"
            data-testid="offline-error"
            data-code={errorCode(offline.error)}
          />
        )}
        <Radio.Group label="이 컴퓨터에서 로그인한 계정" value={picked?.username ?? null} onChange={setUsername}>
          <Stack gap={6} mt={4}>
            {session.offlineAccounts.map((account) => (
              <Radio key={account.username} value={account.username} label={`${account.name} (${account.username})`} />
            ))}
          </Stack>
        </Radio.Group>
        <TextInput
          label="아이디"
          description="목록에서 고르거나 직접 입력하세요."
          autoComplete="username"
          value={username}
          onChange={(e) => setUsername(e.currentTarget.value)}
          required
        />
        <PasswordInput
          label="비밀번호"
          autoComplete="current-password"
          visibilityToggleButtonProps={{ 'aria-label': '비밀번호 보기' }}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          required
          data-autofocus
        />
        <Button type="submit" leftSection={<IconWifiOff size={16} />} loading={offline.isPending} disabled={!username.trim() || !password}>
          오프라인으로 계속
        </Button>
        <Anchor component="button" type="button" size="sm" onClick={onBack}>
          온라인 로그인으로 돌아가기
        </Anchor>
      </Stack>
    </form>
  )
}
