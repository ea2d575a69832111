import { useCallback, useEffect, useRef } from 'react'
import { useDebouncedValue } from '@mantine/hooks'
import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query'
import type { z } from 'zod'
import { notify } from './notify'

/**
 * Named views and the last view of a list (filters, sort, columns, page size), kept per staff member in
 * the cache database. Each list feature passes its own channels; the notices, the debounce and the
 * "never send what main would refuse" rule are the same for every list.
 */

export interface StoredView<D> {
  id: number
  name: string
  definition: D
  updatedAt: string
}

export interface SavedViewChannels<D> {
  keys: { views: QueryKey; lastView: QueryKey }
  list: () => Promise<StoredView<D>[]>
  save: (name: string, definition: D) => Promise<StoredView<D>>
  remove: (id: number) => Promise<unknown>
  getLast: () => Promise<D | null>
  setLast: (definition: D) => Promise<unknown>
  /** main's own schema of a definition: a definition it would refuse is never sent as the last view. */
  schema: z.ZodType<D>
  normalize: (definition: D) => D
}

const LAST_VIEW_DEBOUNCE_MS = 600

/** What the saved-views bar needs: the views, and save/delete with the notices already given. */
export interface SavedViewsStore<D> {
  views: readonly StoredView<D>[] | undefined
  save: (name: string, definition: D, onSaved: (view: StoredView<D>) => void) => void
  saving: boolean
  remove: (view: StoredView<D>, onRemoved: () => void) => void
  removing: boolean
}

export function useSavedViewsStore<D>(channels: SavedViewChannels<D>): SavedViewsStore<D> {
  const client = useQueryClient()
  const views = useQuery({ queryKey: channels.keys.views, queryFn: channels.list })
  const save = useMutation({
    mutationFn: ({ name, definition }: { name: string; definition: D }) => channels.save(name, definition),
    onSuccess: async (view) => {
      notify.success({ title: '보기를 저장했습니다', message: `「${view.name}」` })
      await client.invalidateQueries({ queryKey: channels.keys.views })
    },
    onError: (error) => notify.failure({ title: '보기를 저장하지 못했습니다', error })
  })
  const remove = useMutation({
    mutationFn: (view: StoredView<D>) => channels.remove(view.id),
    onSuccess: async (_ok, view) => {
      notify.info({ title: '보기를 삭제했습니다', message: view.name ? `「${view.name}」` : '' })
      await client.invalidateQueries({ queryKey: channels.keys.views })
    },
    onError: (error) => notify.failure({ title: '보기를 삭제하지 못했습니다', error })
  })
  return {
    views: views.data,
    save: (name, definition, onSaved) => save.mutate({ name, definition }, { onSuccess: onSaved }),
    saving: save.isPending,
    remove: (view, onRemoved) => remove.mutate(view, { onSuccess: onRemoved }),
    removing: remove.isPending
  }
}

/** The view the staff member left the page on, read once when the page opens. */
export function useLastView<D>(channels: SavedViewChannels<D>) {
  return useQuery({ queryKey: channels.keys.lastView, queryFn: channels.getLast, staleTime: Infinity, gcTime: 0 })
}

/**
 * Remembers `definition` as the last view, so the page reopens on it: debounced while the staff member
 * works, and at once when they leave the page before the debounce fired (e.g. straight to 동기화).
 * `stored` is the view already saved (the page's starting point unless a link brought a filter), not saved again.
 */
export function useRememberLastView<D>(channels: SavedViewChannels<D>, definition: D, stored: D): void {
  const { schema, normalize, setLast } = channels
  const { mutate } = useMutation({ mutationFn: (last: D) => setLast(last) })
  const key = JSON.stringify(definition)
  const [debouncedKey] = useDebouncedValue(key, LAST_VIEW_DEBOUNCE_MS)
  const savedKey = useRef(JSON.stringify(normalize(stored)))
  const latestKey = useRef(key)
  useEffect(() => {
    latestKey.current = key
  }, [key])

  const save = useCallback(
    (next: string, onError?: (error: unknown) => void) => {
      if (next === savedKey.current) return
      // What main would refuse is never sent: the last view it accepted stays the one the page reopens on.
      const checked = schema.safeParse(JSON.parse(next))
      if (!checked.success) return
      savedKey.current = next
      mutate(checked.data, { onError })
    },
    [mutate, schema]
  )
  useEffect(
    () => save(debouncedKey, (error) => notify.failure({ title: '마지막 보기를 저장하지 못했습니다', error })),
    [debouncedKey, save]
  )
  // Best effort, and silent: the mutation still runs after the unmount (only this component stops
  // listening), but the page may be gone because the staff member signed out.
  useEffect(() => () => save(latestKey.current), [save])
}
