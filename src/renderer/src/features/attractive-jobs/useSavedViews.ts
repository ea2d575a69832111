import { useCallback, useEffect, useRef } from 'react'
import { useDebouncedValue } from '@mantine/hooks'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { call } from '../../api'
import { ViewDefinition, type SavedView } from '../../../../shared/domains/attractive-jobs/views'
import { attractiveJobsKeys } from './queryKeys'
import { showError } from './useReviewActions'
import { normalizeView } from './viewState'
import { notify } from '../../lib/notify'

const LAST_VIEW_DEBOUNCE_MS = 600

/** Named views (filters, sort, columns, page size) kept per staff member in the cache database. */
export function useSavedViews() {
  return useQuery({ queryKey: attractiveJobsKeys.views, queryFn: () => call('attractiveJobs:listViews', {}) })
}

/** Saves `definition` under a name (the same name overwrites). */
export function useSaveView(onSaved: (view: SavedView) => void) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ name, definition }: { name: string; definition: ViewDefinition }) =>
      call('attractiveJobs:saveView', { name, definition }),
    onSuccess: async (view) => {
      notify.success({ title: '보기를 저장했습니다', message: `「${view.name}」` })
      onSaved(view)
      await client.invalidateQueries({ queryKey: attractiveJobsKeys.views })
    },
    onError: (error) => showError('보기를 저장하지 못했습니다', error)
  })
}

export function useDeleteView(onDeleted: () => void) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id }: { id: number; name: string }) => call('attractiveJobs:deleteView', { id }),
    onSuccess: async (_ok, { name }) => {
      notify.info({ title: '보기를 삭제했습니다', message: name ? `「${name}」` : '' })
      onDeleted()
      await client.invalidateQueries({ queryKey: attractiveJobsKeys.views })
    },
    onError: (error) => showError('보기를 삭제하지 못했습니다', error)
  })
}

/** The view the staff member left the page on, read once when the page opens. */
export function useLastView() {
  return useQuery({
    queryKey: attractiveJobsKeys.lastView,
    queryFn: () => call('attractiveJobs:getLastView', {}),
    staleTime: Infinity,
    gcTime: 0
  })
}

/**
 * Remembers `definition` as the last view, so the page reopens on it: debounced while the staff member
 * works, and at once when they leave the page before the debounce fired (e.g. straight to 동기화).
 * `stored` is the view already saved (the page's starting point unless a link brought a filter), not saved again.
 */
export function useRememberLastView(definition: ViewDefinition, stored: ViewDefinition): void {
  const { mutate } = useMutation({
    mutationFn: (last: ViewDefinition) => call('attractiveJobs:setLastView', { definition: last })
  })
  const key = JSON.stringify(definition)
  const [debouncedKey] = useDebouncedValue(key, LAST_VIEW_DEBOUNCE_MS)
  const savedKey = useRef(JSON.stringify(normalizeView(stored)))
  const latestKey = useRef(key)
  useEffect(() => {
    latestKey.current = key
  }, [key])

  const save = useCallback(
    (next: string, onError?: (error: unknown) => void) => {
      if (next === savedKey.current) return
      // What main would refuse is never sent: the last view it accepted stays the one the page reopens on.
      const checked = ViewDefinition.safeParse(JSON.parse(next))
      if (!checked.success) return
      savedKey.current = next
      mutate(checked.data, { onError })
    },
    [mutate]
  )
  useEffect(() => save(debouncedKey, (error) => showError('마지막 보기를 저장하지 못했습니다', error)), [debouncedKey, save])
  // Best effort, and silent: the mutation still runs after the unmount (only this component stops
  // listening), but the page may be gone because the staff member signed out.
  useEffect(() => () => save(latestKey.current), [save])
}
