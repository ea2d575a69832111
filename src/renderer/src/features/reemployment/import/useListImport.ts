import { useMutation, useQueryClient } from '@tanstack/react-query'
import { call } from '../../../api'
import { SEND_HINTS } from '../../../../../shared/domains/attractive-jobs/labels'
import { importDoneMessage, importDoneTitle } from '../../../../../shared/domains/reemployment/importLabels'
import type { ImportMapping } from '../../../../../shared/domains/reemployment/importViews'
import { notify } from '../../../lib/notify'
import { invalidateAfterOutboxChange } from '../../registry'
import { syncKeys } from '../../sync/queryKeys'
import { reemploymentKeys } from '../queryKeys'

export interface ImportMappingInput {
  importId: string
  mapping: ImportMapping
}

/**
 * The four channels of a list import. Main keeps the file and its rows; the dialog holds only the
 * preview it was answered. Refusals of the file (DRM, a zip bomb, formulas, not a table…) and of a
 * mapping are shown in the dialog as main words them, so none of these raise a notice — except the
 * one outcome the coordinator must see after the dialog has closed: what was queued.
 */
export function useListImport(sessionId: string) {
  const client = useQueryClient()

  const choose = useMutation({
    mutationKey: reemploymentKeys.importList(sessionId, 'choose'),
    mutationFn: () => call('reemployment:importChoose', { sessionId })
  })

  const preview = useMutation({
    mutationKey: reemploymentKeys.importList(sessionId, 'preview'),
    mutationFn: (input: ImportMappingInput) => call('reemployment:importPreview', input)
  })

  const confirm = useMutation({
    mutationKey: reemploymentKeys.importList(sessionId, 'confirm'),
    mutationFn: (input: ImportMappingInput) => call('reemployment:importConfirm', input),
    onSuccess: async (result) => {
      const status = await client
        .fetchQuery({ queryKey: syncKeys.status, queryFn: () => call('sync:status', {}), staleTime: 0 })
        .catch(() => null)
      const hint = status?.online ? SEND_HINTS.soon : SEND_HINTS.whenOnline
      notify.success({ topic: 'list-import', title: importDoneTitle(result.queued), message: importDoneMessage(result.skipped, hint), autoClose: 8_000 })
      // The new walk-ins in the roster, the session's counts and the outbox badge.
      await invalidateAfterOutboxChange(client)
    }
  })

  // Best effort: nothing was queued, so a failure to forget the file would only be noise on a closing dialog.
  const discard = useMutation({
    mutationKey: reemploymentKeys.importList(sessionId, 'discard'),
    mutationFn: (importId: string) => call('reemployment:importDiscard', { importId }),
    onError: () => undefined
  })

  return { choose, preview, confirm, discard }
}
