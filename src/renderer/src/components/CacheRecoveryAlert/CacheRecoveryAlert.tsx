import { Alert, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useAppInfo } from '../../features/app/useAppInfo'
import { ErrorDetail } from '../ErrorDetail'

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
        이 컴퓨터의 캐시 파일을 열 수 없었습니다(파일이 손상되었거나, 이 PC의 암호화 키로 풀리지 않았습니다). 원래 파일은 지우지 않고
        옆으로 옮겨 두었고, 새 캐시를 전체 동기화로 다시 채웁니다. 보내지 못한 변경이 있었다면 정보화 담당자에게 옮겨 둔 파일과 원인을
        알려 주세요 — 키가 없으면 담당자도 그 파일을 열 수 없습니다.
      </Text>
      <ErrorDetail detail={`옮긴 파일: ${recovery.movedTo}\n원인: ${recovery.reason}`} />
    </Alert>
  )
}
