import { Button, Paper, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core'
import { IconPlayerPlay } from '@tabler/icons-react'
import { ROLE_LABELS } from '../../../../shared/domain/labels'
import { ErrorAlert } from '../../components/ErrorDetail'
import { DEMO_ACCOUNT_CHOICES, DEMO_PASSWORD } from './demoAccounts'
import { useStartDemo } from './useSession'

export interface DemoChoiceProps {
  /** Demo mode is on for this run (started here, or by the developer's `npm run dev`). */
  started: boolean
  signingIn: boolean
  onPick: (username: string, password: string) => void
}

/**
 * 데모 모드로 둘러보기 (an installed app with no portal configured): starts the built-in simulator for this
 * run, then lists its accounts — the staff member picks whose work to try; nobody is signed in by itself.
 */
export function DemoChoice({ started, signingIn, onPick }: DemoChoiceProps) {
  const start = useStartDemo()
  if (!started && !start.isSuccess) {
    return (
      <Stack gap={6}>
        {start.error && <ErrorAlert error={start.error} title="데모 모드를 시작하지 못했습니다" />}
        <Button variant="light" color="grape" leftSection={<IconPlayerPlay size={16} />} loading={start.isPending} onClick={() => start.mutate()}>
          데모 모드로 둘러보기
        </Button>
        <Text size="xs" c="dimmed">
          포털 없이 연습용 자료로 화면을 둘러봅니다. 실제 포털의 자료는 바뀌지 않습니다.
        </Text>
      </Stack>
    )
  }
  return (
    <Paper withBorder p="sm" bg="grape.0" data-testid="demo-accounts">
      <Text size="sm" fw={600} mb={4}>
        데모 계정으로 로그인
      </Text>
      <Text size="xs" c="dimmed" mb="xs">
        둘러볼 업무의 계정을 고르세요. 비밀번호는 모두 {DEMO_PASSWORD}입니다.
      </Text>
      <SimpleGrid cols={1} spacing={4}>
        {DEMO_ACCOUNT_CHOICES.map((account) => (
          <UnstyledButton
            key={account.username}
            disabled={signingIn}
            onClick={() => onPick(account.username, DEMO_PASSWORD)}
            aria-label={`${account.name} 계정으로 로그인`}
            p={6}
            style={{ borderRadius: 4, background: 'var(--mantine-color-white)' }}
          >
            <Text size="sm" fw={600} span>
              {account.name}
            </Text>{' '}
            <Text size="xs" c="dimmed" span>
              {account.roles.map((role) => ROLE_LABELS[role]).join(', ')} · {account.username}
            </Text>
          </UnstyledButton>
        ))}
      </SimpleGrid>
    </Paper>
  )
}
