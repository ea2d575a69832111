import { Alert, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useAppInfo } from '../../features/app/useAppInfo'

export interface CacheRecoveryAlertProps {
  /** When given, the alert has a close button. */
  onClose?: () => void
}

/** Shown while app:info reports that the cache file was moved aside and recreated at start. */
export function CacheRecoveryAlert({ onClose }: CacheRecoveryAlertProps) {
  const { data } = useAppInfo()
  const recovery = data?.cacheRecovery
  if (!recovery) return null
  return (
    <Alert
      color="orange"
      icon={<IconAlertTriangle size={18} />}
      title="캐시를 새로 만들었습니다"
      mb="md"
      data-testid="cache-recovery"
      {...(onClose ? { withCloseButton: true, onClose, closeButtonLabel: '닫기' } : {})}
    >
      <Text size="sm">
        캐시 파일을 열 수 없어 옆으로 옮기고({recovery.movedTo}) 새로 만들었습니다. 전체 동기화로 다시 채웁니다.
      </Text>
      <Text size="xs" c="dimmed" mt={4}>
        원인: {recovery.reason}
      </Text>
    </Alert>
  )
}
