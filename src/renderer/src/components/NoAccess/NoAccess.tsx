import { Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconLock } from '@tabler/icons-react'
import type { Channel } from '../../../../shared/ipc/contract'
import { rolesNamedFor } from '../../features/auth/access'

export interface NoAccessProps {
  title: string
  /** The channel the screen needs: the roles that may call it are named. */
  channel: Channel
}

/**
 * Said instead of a screen the staff member's roles do not allow (rather than "no data, sync"); the
 * screen itself is not rendered, so nothing of it is asked of main.
 */
export function NoAccess({ title, channel }: NoAccessProps) {
  const roles = rolesNamedFor(channel)
  return (
    <Stack gap="lg">
      <Title order={2}>{title}</Title>
      <Paper withBorder p="xl" data-testid="no-access" data-channel={channel}>
        <Stack align="center" gap="xs">
          <ThemeIcon size={48} radius="xl" variant="light" color="gray">
            <IconLock size={26} />
          </ThemeIcon>
          <Text fw={700} size="lg">
            권한이 없습니다
          </Text>
          {roles && <Text fw={600}>이 화면은 {roles} 권한이 있는 직원만 볼 수 있습니다</Text>}
          <Text size="sm" c="dimmed">
            업무에 필요하면 부서 관리자에게 권한을 요청하세요. 권한이 바뀌면 다시 로그인하면 됩니다.
          </Text>
        </Stack>
      </Paper>
    </Stack>
  )
}
