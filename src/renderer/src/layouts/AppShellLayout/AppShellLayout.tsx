import { useState, type ReactNode } from 'react'
import { AppShell, Badge, Button, Group, NavLink, Stack, Text, Title } from '@mantine/core'
import { IconLock, IconLogout } from '@tabler/icons-react'
import type { Session } from '../../../../shared/ipc/views'
import { CacheRecoveryAlert } from '../../components/CacheRecoveryAlert'
import { NoAccess } from '../../components/NoAccess'
import { AppMenuBridge } from '../../features/app/AppMenuBridge'
import { useMayCallCheck } from '../../features/auth/useAccess'
import { useLock, useSessionFollowsReachability, useSignOut } from '../../features/auth/useSession'
import { useActivityReporting, useLockShortcut } from '../../features/auth/useSessionGuard'
import { CommandPalette, PaletteButton } from '../../features/palette'
import { DataFolderProblemAlert } from '../../features/settings/DataFolderProblemAlert'
import { SyncIndicator } from '../../features/sync/SyncIndicator'
import { useOutboxCounts, useSyncCompletionNotifier, useSyncOnReconnect, useSyncStatus } from '../../features/sync/useSync'
import { formatCount } from '../../lib/format'
import { PATHS, type AppPath } from '../../router'
import { NAV_LINKS, navLinkFor, screenAllowed, screenFor } from './navLinks'

export interface AppShellLayoutProps {
  session: Session
  path: AppPath
  onNavigate: (path: AppPath) => void
  children: ReactNode
}

export function AppShellLayout({ session, path, onNavigate, children }: AppShellLayoutProps) {
  const sync = useSyncStatus()
  useSyncCompletionNotifier(sync.data)
  useSyncOnReconnect()
  useSessionFollowsReachability(session.online, sync.data?.online)
  const counts = useOutboxCounts()
  const attention = counts?.attention ?? 0
  const signOut = useSignOut()
  const lock = useLock()
  useLockShortcut(() => lock.mutate())
  useActivityReporting()
  const staff = session.staff
  const [recoveryDismissed, setRecoveryDismissed] = useState(false)
  const may = useMayCallCheck()
  // The menu lists only the work areas the roles allow; a screen they do not allow (a typed address, a
  // link) says so instead of being rendered — it never asks main for data it would be refused.
  const links = NAV_LINKS.filter((link) => screenAllowed(link, may))
  const menuEntry = navLinkFor(path)
  const screen = screenFor(path)
  const allowed = screenAllowed(screen, may)

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 200, breakpoint: 0 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Title order={4}>일자리포털 업무도구</Title>
            {!session.online && (
              <Badge color="gray" variant="outline">
                오프라인 작업
              </Badge>
            )}
          </Group>
          <Group gap="lg" wrap="nowrap">
            <PaletteButton />
            <AppMenuBridge path={path} onNavigate={onNavigate} onLock={() => lock.mutate()} />
            <SyncIndicator />
            {staff && (
              <Stack gap={0} align="flex-end" data-testid="staff-info">
                <Text size="sm" fw={600}>
                  {staff.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {staff.department}
                </Text>
              </Stack>
            )}
            <Button
              variant="subtle"
              size="compact-sm"
              color="gray"
              leftSection={<IconLock size={14} />}
              onClick={() => lock.mutate()}
              loading={lock.isPending}
              title="잠금 (Ctrl+L): 자리를 비울 때 화면의 자료를 가립니다"
            >
              잠금
            </Button>
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconLogout size={14} />}
              onClick={() => signOut.mutate()}
              loading={signOut.isPending}
            >
              로그아웃
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <nav aria-label="주 메뉴">
          {links.map((link) => (
            <NavLink
              key={link.path}
              href={`#${link.path}`}
              label={link.label}
              leftSection={<link.icon size={18} stroke={1.6} />}
              active={menuEntry?.path === link.path}
              aria-description={link.path === PATHS.inbox && attention > 0 ? `${formatCount(attention)}건` : undefined}
              rightSection={
                link.path === PATHS.inbox && attention > 0 ? (
                  <Badge
                    size="sm"
                    color="red"
                    variant="filled"
                    circle={attention < 10}
                    data-testid="inbox-nav-badge"
                    data-count={attention}
                    aria-hidden
                  >
                    {formatCount(attention)}
                  </Badge>
                ) : undefined
              }
              onClick={(event) => {
                event.preventDefault()
                onNavigate(link.path)
              }}
            />
          ))}
        </nav>
      </AppShell.Navbar>
      <AppShell.Main>
        {!recoveryDismissed && <CacheRecoveryAlert onClose={() => setRecoveryDismissed(true)} />}
        <DataFolderProblemAlert />
        {allowed || !screen?.channel ? children : <NoAccess title={screen.label} channel={screen.channel} />}
      </AppShell.Main>
      <CommandPalette />
    </AppShell>
  )
}
