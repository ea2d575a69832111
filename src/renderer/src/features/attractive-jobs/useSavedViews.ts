import { call } from '../../api'
import { ViewDefinition } from '../../../../shared/domains/attractive-jobs/views'
import {
  useLastView as useListLastView,
  useRememberLastView as useListRememberLastView,
  useSavedViewsStore,
  type SavedViewChannels
} from '../../lib/savedViews'
import { attractiveJobsKeys } from './queryKeys'
import { normalizeView } from './viewState'

/** 매력일자리's saved views and last view, through its own channels. */
const channels: SavedViewChannels<ViewDefinition> = {
  keys: { views: attractiveJobsKeys.views, lastView: attractiveJobsKeys.lastView },
  list: () => call('attractiveJobs:listViews', {}),
  save: (name, definition) => call('attractiveJobs:saveView', { name, definition }),
  remove: (id) => call('attractiveJobs:deleteView', { id }),
  getLast: () => call('attractiveJobs:getLastView', {}),
  setLast: (definition) => call('attractiveJobs:setLastView', { definition }),
  schema: ViewDefinition,
  normalize: normalizeView
}

/** Named views (filters, sort, columns, page size) kept per staff member in the cache database. */
export function useAttractiveJobViews() {
  return useSavedViewsStore(channels)
}

/** The view the staff member left the page on, read once when the page opens. */
export function useLastView() {
  return useListLastView(channels)
}

/** Remembers the list's view as the last one (see lib/savedViews). */
export function useRememberLastView(definition: ViewDefinition, stored: ViewDefinition): void {
  useListRememberLastView(channels, definition, stored)
}
