import { Button, Group } from '@mantine/core'
import { ErrorAlert } from '../../components/ErrorDetail'

/**
 * The end of every 설정 form: a failed save told as an alert (unless a field already shows why), then 저장.
 */
export function SettingsFormFooter({ error, shownOnField, pending }: { error: unknown; shownOnField: boolean; pending: boolean }) {
  return (
    <>
      {error != null && !shownOnField && <ErrorAlert error={error} />}
      <Group>
        <Button type="submit" loading={pending}>
          저장
        </Button>
      </Group>
    </>
  )
}
