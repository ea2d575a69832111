import { Alert, Center, Drawer, Loader } from '@mantine/core'
import { errorMessage } from '../../api'
import { AttractiveJobDetail } from './AttractiveJobDetail'
import { useAttractiveJob } from './useAttractiveJobs'

export interface AttractiveJobDrawerProps {
  id: string | null
  onClose: () => void
}

export function AttractiveJobDrawer({ id, onClose }: AttractiveJobDrawerProps) {
  const query = useAttractiveJob(id)
  return (
    <Drawer opened={id !== null} onClose={onClose} position="right" size="xl" title="매력일자리 상세" closeButtonProps={{ 'aria-label': '닫기' }}>
      {query.isPending && id !== null && (
        <Center py="xl">
          <Loader />
        </Center>
      )}
      {query.error && <Alert color="red">{errorMessage(query.error)}</Alert>}
      {query.data && <AttractiveJobDetail detail={query.data} />}
    </Drawer>
  )
}
