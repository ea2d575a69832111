import { ScrollArea, Stack, Text } from '@mantine/core'
import type { SessionDetail } from '../../../../shared/domains/reemployment/views'
import { CourseCompletionTable } from './CourseCompletionTable'
import { NoShowsList } from './NoShowsList'

/** After the session: who did not come, and — for a course day — 수료 of the whole course. */
export function AfterSessionPanel({ detail }: { detail: SessionDetail }) {
  const course = detail.session.course
  return (
    <ScrollArea h="100%" type="auto" offsetScrollbars>
      <Stack gap="lg" pb="md">
        <NoShowsList sessionId={detail.session.id} />
        {course ? (
          <CourseCompletionTable courseId={course.id} />
        ) : (
          <Text size="sm" c="dimmed">
            한 번으로 끝나는 회차(또는 상담)입니다. 수료는 여러 날짜로 이루어진 과정에서 판정합니다.
          </Text>
        )}
      </Stack>
    </ScrollArea>
  )
}
