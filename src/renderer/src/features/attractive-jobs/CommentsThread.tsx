import { useState } from 'react'
import { Badge, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core'
import { getHotkeyHandler } from '@mantine/hooks'
import type { Comment } from '../../../../shared/portal'
import { StaffName } from '../../components/StaffName'
import { formatDateTime } from '../../lib/format'
import { useCommentMutation } from './useReviewActions'

/** The comment thread; comments written here (ids `local-…`) wait in the outbox until the next sync. */
export function CommentsThread({ recordId, comments }: { recordId: string; comments: Comment[] }) {
  const [body, setBody] = useState('')
  const mutation = useCommentMutation()
  const submit = () => {
    if (body.trim() === '' || mutation.isPending) return
    mutation.mutate({ id: recordId, body: body.trim() }, { onSuccess: () => setBody('') })
  }
  return (
    <section aria-label="의견" data-testid="aj-comments">
      <Title order={5} mb={6} c="blue">
        의견 {comments.length > 0 ? `${comments.length}건` : ''}
      </Title>
      <Stack gap="xs">
        {comments.length === 0 && (
          <Text size="sm" c="dimmed">
            의견이 없습니다.
          </Text>
        )}
        {comments.map((c) => (
          <div key={c.id} data-comment-id={c.id}>
            <Group gap={6}>
              <Text size="xs" fw={600} data-testid="aj-comment-author">
                <StaffName id={c.author} />
              </Text>
              <Text size="xs" c="dimmed">
                {formatDateTime(c.created_at)}
              </Text>
              {c.id.startsWith('local-') && (
                <Badge size="xs" color="orange" variant="dot">
                  전송 대기
                </Badge>
              )}
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {c.body}
            </Text>
          </div>
        ))}
        <Textarea
          aria-label="의견 입력"
          placeholder="의견을 입력하세요 (Ctrl+Enter로 등록)"
          autosize
          minRows={2}
          maxRows={6}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          onKeyDown={getHotkeyHandler([['mod+Enter', submit]])}
        />
        <Group justify="flex-end">
          <Button size="xs" onClick={submit} loading={mutation.isPending} disabled={body.trim() === ''}>
            의견 등록
          </Button>
        </Group>
      </Stack>
    </section>
  )
}
