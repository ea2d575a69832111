import { useState, type FormEvent } from 'react'
import { Box, Button, Center, Paper, PasswordInput, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconLock, IconLogout } from '@tabler/icons-react'
import type { Session } from '../../../../shared/ipc/views'
import { ErrorAlert } from '../../components/ErrorDetail'
import { errorCode } from './signInErrors'
import { useRecheckSession, useSignOut, useUnlock } from './useSession'

/**
 * What the app shows while locked (idle minutes passed, or 잠금 / Ctrl+L): who is signed in and a
 * password field — no record, no count, no menu. 다른 계정으로 로그인 signs this staff member out.
 */
export function LockScreen({ session }: { session: Session }) {
  const [password, setPassword] = useState('')
  const unlock = useUnlock()
  const signOut = useSignOut()
  const recheck = useRecheckSession()
  const staff = session.staff
  // Too many wrong tries: main has signed the staff member out; the message says why, then sign-in.
  const signedOut = errorCode(unlock.error) === 'locked_out'

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    unlock.mutate(password, { onSettled: () => setPassword('') })
  }

  return (
    <Center mih="100vh" p="md" bg="gray.1" data-testid="lock-screen">
      <Box w={400}>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <form onSubmit={onSubmit} noValidate>
            <Stack gap="md">
              <Stack gap={6} align="center">
                <ThemeIcon size={52} radius="xl" variant="light" color="gray">
                  <IconLock size={28} />
                </ThemeIcon>
                <Title order={3}>잠겨 있습니다</Title>
                {staff && (
                  <Text ta="center" data-testid="lock-staff">
                    <Text span fw={600}>
                      {staff.name}
                    </Text>{' '}
                    <Text span c="dimmed" size="sm">
                      {staff.department}
                    </Text>
                  </Text>
                )}
                <Text size="sm" c="dimmed" ta="center">
                  자리를 비운 동안 자료를 가렸습니다. 비밀번호를 입력하면 하던 일을 이어서 합니다.
                </Text>
              </Stack>
              {unlock.error && (
                <ErrorAlert
                  error={unlock.error}
                  role="alert"
                  title={signedOut ? '로그아웃했습니다' : '잠금을 풀지 못했습니다'}
                  data-testid="unlock-error"
                  data-code={errorCode(unlock.error)}
                />
              )}
              {signedOut ? (
                <Button onClick={recheck}>로그인 화면으로</Button>
              ) : (
                <>
                  <PasswordInput
                    label="비밀번호"
                    autoComplete="current-password"
                    visibilityToggleButtonProps={{ 'aria-label': '비밀번호 보기' }}
                    value={password}
                    onChange={(e) => setPassword(e.currentTarget.value)}
                    required
                    data-autofocus
                    autoFocus
                  />
                  <Button type="submit" loading={unlock.isPending} disabled={!password}>
                    잠금 해제
                  </Button>
                  <Button
                    variant="subtle"
                    color="gray"
                    leftSection={<IconLogout size={14} />}
                    loading={signOut.isPending}
                    onClick={() => signOut.mutate()}
                  >
                    다른 계정으로 로그인
                  </Button>
                </>
              )}
            </Stack>
          </form>
        </Paper>
      </Box>
    </Center>
  )
}
