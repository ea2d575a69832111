import { call } from '../../api'
import { SmeViewDefinition } from '../../../../shared/domains/sme/views'
import { useLastView, useRememberLastView, useSavedViewsStore, type SavedViewChannels } from '../../lib/savedViews'
import { smeKeys } from './queryKeys'
import { normalizeSmeView } from './viewState'

/** 강소기업's saved views and last view, through its own channels (the same bar as 매력일자리's). */
const channels: SavedViewChannels<SmeViewDefinition> = {
  keys: { views: smeKeys.views, lastView: smeKeys.lastView },
  list: () => call('sme:listViews', {}),
  save: (name, definition) => call('sme:saveView', { name, definition }),
  remove: (id) => call('sme:deleteView', { id }),
  getLast: () => call('sme:getLastView', {}),
  setLast: (definition) => call('sme:setLastView', { definition }),
  schema: SmeViewDefinition,
  normalize: normalizeSmeView
}

export function useSmeSavedViews() {
  return useSavedViewsStore(channels)
}

export function useSmeLastView() {
  return useLastView(channels)
}

export function useRememberSmeView(definition: SmeViewDefinition, stored: SmeViewDefinition): void {
  useRememberLastView(channels, definition, stored)
}
