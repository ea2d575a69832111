import { Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconLock } from '@tabler/icons-react'
import type { CollectionName } from '../../../../shared/portal'
import { permissionsFor } from './screenAccess'

export interface NoAccessProps {
  title: string
  /** The feeds the screen shows (their roles are named) … */
  collections?: readonly CollectionName[]
  /** … or, for a screen that needs a role rather than a feed (e.g. 관리자), that role's name. */
  permissions?: string
}

/** Said instead of a screen the staff member's roles do not cover (rather than "no data, sync"). */
export function NoAccess({ title, collections = [], permissions }: NoAccessProps) {
  return (
    <Stack gap="lg">
      <Title order={2}>{title}</Title>
      <Paper withBorder p="xl" data-testid="no-access">
        <Stack align="center" gap="xs">
          <ThemeIcon size={48} radius="xl" variant="light" color="gray">
            <IconLock size={26} />
          </ThemeIcon>
          <Text fw={600}>이 화면은 {permissions ?? permissionsFor(collections)} 권한이 있는 직원만 볼 수 있습니다</Text>
          <Text size="sm" c="dimmed">
            업무에 필요하면 부서 관리자에게 권한을 요청하세요. 권한이 바뀌면 다시 로그인하면 됩니다.
          </Text>
        </Stack>
      </Paper>
    </Stack>
  )
}
