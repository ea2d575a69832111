import { Alert, Badge, Button, Card, Code, Group, Stack, Text, Title } from '@mantine/core'
import { IconFolder } from '@tabler/icons-react'
import { ErrorAlert } from '../../components/ErrorDetail'
import { useCancelDataDirMove, useChooseDataDir, useDataDir } from './useSettings'

/**
 * 데이터 폴더: where this PC keeps the cache. A new folder is moved to at the next start (the cache is
 * open now); a move that failed at the last start is told here, the old folder still in use.
 */
export function DataFolderCard() {
  const state = useDataDir()
  const choose = useChooseDataDir()
  const cancel = useCancelDataDirMove()
  const data = state.data

  return (
    <Card withBorder data-testid="data-folder" data-pending={data?.pending ? 'yes' : 'no'}>
      <Title order={4} mb="sm">
        데이터 폴더
      </Title>
      {state.error && <ErrorAlert error={state.error} />}
      {data && (
        <Stack gap="sm">
          {data.lastMoveProblem && (
            <Alert color="red" title="데이터 폴더를 옮기지 못했습니다" data-testid="data-folder-problem">
              {data.lastMoveProblem}
            </Alert>
          )}
          <Group gap="xs" wrap="nowrap">
            <Text size="sm" w={120} c="dimmed">
              지금 쓰는 폴더
            </Text>
            <Code data-testid="data-folder-current">{data.current}</Code>
          </Group>
          {data.pending && (
            <Group gap="xs" wrap="nowrap">
              <Text size="sm" w={120} c="dimmed">
                옮길 폴더
              </Text>
              <Code data-testid="data-folder-pending">{data.pending}</Code>
              <Badge variant="light" color="blue">
                다음 시작 때 옮깁니다
              </Badge>
            </Group>
          )}
          <Text size="sm" c="dimmed">
            캐시 파일은 앱을 다시 시작할 때 새 폴더로 복사해 확인한 뒤 옮기고, 옛 폴더의 사본은 지웁니다. 옮기지 못하면 원래 폴더를 그대로 씁니다.
          </Text>
          {choose.error && <ErrorAlert error={choose.error} title="폴더를 바꾸지 못했습니다" />}
          <Group>
            <Button variant="light" leftSection={<IconFolder size={16} />} onClick={() => choose.mutate()} loading={choose.isPending}>
              변경…
            </Button>
            {data.pending && (
              <Button variant="default" onClick={() => cancel.mutate()} loading={cancel.isPending}>
                옮기기 취소
              </Button>
            )}
          </Group>
        </Stack>
      )}
    </Card>
  )
}
