import { Stack, Text } from '@mantine/core'
import { ErrorDetail } from './ErrorDetail'

/** A notification's text: the sentence, and a failure's technical detail folded under "자세히". */
export function NoticeBody({ message, detail }: { message: string; detail: string | null }) {
  if (!detail) return message
  return (
    <Stack gap={2}>
      {message && <Text size="sm">{message}</Text>}
      <ErrorDetail detail={detail} />
    </Stack>
  )
}
