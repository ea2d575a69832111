import { useState } from 'react'
import { Button, Center, Loader, MantineProvider, Stack, Text } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { ErrorAlert } from './components/ErrorDetail'
import { LockScreen } from './features/auth/LockScreen'
import { SignInPage } from './features/auth/SignInPage'
import { useSession } from './features/auth/useSession'
import { useSessionGuard } from './features/auth/useSessionGuard'
import { SharedTooltipLayer } from './components/SharedTooltip'
import { SignedInRoutes } from './Routes'
import { cssVariablesResolver, theme } from './theme'

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Calls go to the local main process: a failure is a real answer, not a flaky network. And since
      // none of them touches the network, they must keep running when the PC is offline — by default
      // TanStack Query pauses everything on the browser's offline event, freezing the app exactly when it
      // is meant to work offline. The portal's reachability comes from `sync:status.online` instead.
      queries: { retry: false, refetchOnWindowFocus: false, networkMode: 'always' },
      mutations: { retry: false, networkMode: 'always' }
    }
  })
}

/**
 * Where notices appear: bottom right, narrow, and lifted above the list's pagination row — the header's
 * user name, sync status and 로그아웃 sit top right, and each screen's own buttons (지금 동기화, the
 * workspace's tools) under the header; measured at 1366×768, only table cells, which scroll, are left
 * under a notice there. At most three at once: a fourth waits rather than growing the stack up the screen.
 * Mantine renders an (empty) container for every position: all are pinned to the bottom with no `top`,
 * so the unused ones stay zero-high — a `bottom` beside their `top` would stretch them over the whole
 * screen, invisible, swallowing every click.
 */
const NOTIFICATION_PLACEMENT = {
  position: 'bottom-right',
  containerWidth: 360,
  limit: 3,
  styles: { root: { top: 'auto', bottom: 64 } }
} as const

function Root() {
  const session = useSession()
  useSessionGuard(session.data)
  if (session.isPending) {
    return (
      <Center mih="100vh">
        <Stack align="center" gap="xs">
          <Loader />
          <Text c="dimmed">불러오는 중…</Text>
        </Stack>
      </Center>
    )
  }
  // A failed poll keeps the screen as it is (the last answer stands); only a first answer that failed stops here.
  if (!session.data) {
    return (
      <Center mih="100vh" p="md">
        <ErrorAlert error={session.error} title="앱을 시작하지 못했습니다" maw={480}>
          <Button variant="light" color="red" mt="xs" w="fit-content" onClick={() => void session.refetch()}>
            다시 시도
          </Button>
        </ErrorAlert>
      </Center>
    )
  }
  if (!session.data.staff) {
    return <SignInPage session={session.data} />
  }
  // Locked: nothing of the signed-in screens is rendered (their data was dropped by the guard).
  if (session.data.locked) {
    return <LockScreen session={session.data} />
  }
  return <SignedInRoutes session={session.data} />
}

export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient())
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <QueryClientProvider client={client}>
        <Notifications {...NOTIFICATION_PLACEMENT} />
        <SharedTooltipLayer>
          <Root />
        </SharedTooltipLayer>
      </QueryClientProvider>
    </MantineProvider>
  )
}
