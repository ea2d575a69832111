import { useState } from 'react'
import { Alert, Button, Center, Loader, MantineProvider, Stack, Text } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { errorMessage } from './api'
import { SignInPage } from './features/auth/SignInPage'
import { useSession } from './features/auth/useSession'
import { SignedInRoutes } from './Routes'
import { theme } from './theme'

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

function Root() {
  const session = useSession()
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
  if (session.error) {
    return (
      <Center mih="100vh" p="md">
        <Alert color="red" title="앱을 시작하지 못했습니다" maw={480}>
          <Text size="sm" mb="sm">
            {errorMessage(session.error)}
          </Text>
          <Button variant="light" color="red" onClick={() => void session.refetch()}>
            다시 시도
          </Button>
        </Alert>
      </Center>
    )
  }
  if (!session.data.staff) {
    return <SignInPage portalUrl={session.data.portalUrl} />
  }
  return <SignedInRoutes session={session.data} />
}

export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient())
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <QueryClientProvider client={client}>
        <Notifications position="top-right" />
        <Root />
      </QueryClientProvider>
    </MantineProvider>
  )
}
