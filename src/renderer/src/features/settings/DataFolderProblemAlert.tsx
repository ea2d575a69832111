import { useState } from 'react'
import { Alert } from '@mantine/core'
import { useDataDir } from './useSettings'

/**
 * The first screen after a start whose data folder move failed says so (the old folder is in use, the
 * reason in Korean); closed for this run, it stays on 설정 → 데이터 폴더 until a folder is chosen again.
 */
export function DataFolderProblemAlert() {
  const state = useDataDir()
  const [closed, setClosed] = useState(false)
  const problem = state.data?.lastMoveProblem ?? null
  if (!problem || closed) return null
  return (
    <Alert color="red" title="데이터 폴더를 옮기지 못했습니다" withCloseButton closeButtonLabel="닫기" onClose={() => setClosed(true)} mb="md" data-testid="data-folder-problem-alert">
      {problem}
    </Alert>
  )
}
