import { useEffect, useId, useMemo, useState } from 'react'
import { Group, Loader, Text } from '@mantine/core'
import { Spotlight } from '@mantine/spotlight'
import { IconFileDescription, IconSearch } from '@tabler/icons-react'
import { COLLECTION_LABELS } from '../../../../shared/domain/labels'
import { PALETTE_TEXT } from '../../../../shared/domain/paletteLabels'
import type { RecordLookupHit } from '../../../../shared/ipc/lookupViews'
import type { CollectionName } from '../../../../shared/portal'
import { errorMessage } from '../../api'
import { NAV_LINKS } from '../../layouts/AppShellLayout/navLinks'
import { useMayCallCheck } from '../auth/useAccess'
import { recordLocation } from '../inbox/useInbox'
import { navigate } from '../../router'
import { matchScreens, paletteScreens } from './screens'
import { paletteStore, palette } from './store'
import { usePaletteShortcut } from './usePaletteShortcut'
import { useRecordLookup } from './useRecordLookup'

const COLLECTION_ORDER = Object.keys(COLLECTION_LABELS) as CollectionName[]

function groupByCollection(hits: readonly RecordLookupHit[]): { collection: CollectionName; hits: RecordLookupHit[] }[] {
  return COLLECTION_ORDER.map((collection) => ({ collection, hits: hits.filter((hit) => hit.collection === collection) })).filter((group) => group.hits.length > 0)
}

/** An entry's key, as its option's data-palette-entry names it: `screen:/path` or `collection:id`. */
const screenEntry = (path: string) => `screen:${path}`
const recordEntry = (hit: RecordLookupHit) => `${hit.collection}:${hit.id}`

/** The option's element id: the search box names the highlighted one (aria-activedescendant). */
function optionId(idBase: string, entry: string): string {
  return `${idBase}-option-${entry.replace(/[^A-Za-z0-9_-]/g, '_')}`
}

/**
 * The highlighted entry: the element Spotlight marks, which Enter opens. When the list opens or changes
 * under it (records arrive after the screens) the mark stays on its entry or goes to the first, so Enter
 * always opens what is shown highlighted, never nothing. Spotlight's store changes the selection without
 * telling subscribers, so the mark itself is watched.
 */
function usePaletteSelection(listKey: string): { listRef: (element: HTMLDivElement | null) => void; highlighted: string | null } {
  const [list, setList] = useState<HTMLDivElement | null>(null)
  const [highlighted, setHighlighted] = useState<string | null>(null)
  useEffect(() => {
    if (!list) return
    const entries = [...list.querySelectorAll('[data-action]')]
    const kept = entries.findIndex((entry) => entry.hasAttribute('data-selected'))
    const index = kept >= 0 ? kept : 0
    // What Spotlight's arrow keys do (its action helpers are not exported): the mark on the element, the index in the store.
    entries[index]?.setAttribute('data-selected', 'true')
    paletteStore.updateState((state) => ({ ...state, selected: entries.length > 0 ? index : -1 }))
  }, [list, listKey])
  useEffect(() => {
    if (!list) return
    const read = () => setHighlighted(list.querySelector('[data-selected]')?.getAttribute('data-palette-entry') ?? null)
    read()
    const observer = new MutationObserver(read)
    observer.observe(list, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-selected'] })
    return () => observer.disconnect()
  }, [list])
  return { listRef: setList, highlighted: list ? highlighted : null }
}

/** 명령 팔레트 (Ctrl+K): every screen the roles open, and records found by a few words or an id. */
export function CommandPalette() {
  const [query, setQuery] = useState('')
  const may = useMayCallCheck()
  usePaletteShortcut()
  // Unmounted by a lock or sign-out: it must not be open when the screens come back.
  useEffect(() => () => palette.close(), [])

  const screens = useMemo(() => matchScreens(paletteScreens(may), query), [may, query])
  const lookup = useRecordLookup(query)
  const groups = groupByCollection(lookup.hits)
  // Every entry shown, in the order shown.
  const entryKeys = [...screens.map((screen) => screenEntry(screen.path)), ...groups.flatMap((group) => group.hits.map(recordEntry))]
  const listKey = entryKeys.join('|')
  // The combobox pattern (WAI-ARIA): the focus stays in the search box, which names the highlighted
  // option, so a screen reader announces what the arrow keys reach and what Enter will open.
  const idBase = useId()
  const listboxId = `${idBase}-listbox`
  const { listRef, highlighted } = usePaletteSelection(listKey)
  const activeEntry = highlighted !== null && entryKeys.includes(highlighted) ? highlighted : null
  // The listbox is reachable with Tab, so a long list can be scrolled by keyboard too (the list scrolls
  // around it); a listbox only while it has options (an empty one is an error to assistive technology).
  const listbox = entryKeys.length > 0 ? { role: 'listbox', 'aria-label': PALETTE_TEXT.resultsLabel, tabIndex: 0 } : {}
  const option = (entry: string) => ({
    // Spotlight.Action takes `id` for itself and never renders it: the element gets its id here.
    ref: (element: HTMLButtonElement | null) => {
      if (element) element.id = optionId(idBase, entry)
    },
    role: 'option',
    'aria-selected': entry === activeEntry,
    'data-palette-entry': entry
  })

  const nothing = screens.length === 0 && groups.length === 0
  const status = lookup.error
    ? errorMessage(lookup.error)
    : lookup.pending && !lookup.tooShort
      ? PALETTE_TEXT.searching
      : query.trim() !== '' && lookup.tooShort
        ? PALETTE_TEXT.typeMore
        : nothing
          ? PALETTE_TEXT.nothingFound
          : null

  return (
    <Spotlight.Root
      store={paletteStore}
      query={query}
      onQueryChange={setQuery}
      shortcut={null}
      // Spotlight clears the text when its closing fade ends; opened again before that (Ctrl+K right after
      // Enter), it would keep the last one.
      onSpotlightOpen={() => setQuery('')}
      scrollable
      maxHeight={440}
      data-command-palette
    >
      <Spotlight.Search
        placeholder={PALETTE_TEXT.placeholder}
        aria-label={PALETTE_TEXT.searchLabel}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={entryKeys.length > 0}
        aria-controls={entryKeys.length > 0 ? listboxId : undefined}
        aria-activedescendant={activeEntry ? optionId(idBase, activeEntry) : undefined}
        leftSection={<IconSearch size={18} stroke={1.6} />}
      />
      <Spotlight.ActionsList>
        <div id={listboxId} ref={listRef} {...listbox}>
          {screens.length > 0 && (
            <Spotlight.ActionsGroup label={PALETTE_TEXT.screensGroup} role="group" aria-label={PALETTE_TEXT.screensGroup}>
              {screens.map((screen) => {
                const Icon = NAV_LINKS.find((link) => link.path === screen.path)?.icon ?? IconFileDescription
                return (
                  <Spotlight.Action
                    key={screen.path}
                    label={screen.label}
                    description={PALETTE_TEXT.screenDescription}
                    leftSection={<Icon size={20} stroke={1.6} />}
                    {...option(screenEntry(screen.path))}
                    onClick={() => navigate(screen.path)}
                  />
                )
              })}
            </Spotlight.ActionsGroup>
          )}
          {groups.map((group) => (
            // The group's name is painted by CSS (Spotlight's ::before): the group role gives it to screen readers too.
            <Spotlight.ActionsGroup key={group.collection} label={COLLECTION_LABELS[group.collection]} role="group" aria-label={COLLECTION_LABELS[group.collection]}>
              {group.hits.map((hit) => (
                <Spotlight.Action
                  key={`${hit.collection}/${hit.id}`}
                  label={hit.title}
                  description={`${hit.id} · ${hit.subtitle}`}
                  leftSection={<IconFileDescription size={20} stroke={1.6} />}
                  {...option(recordEntry(hit))}
                  onClick={() => {
                    const { path, params } = recordLocation(hit.collection, hit.id)
                    navigate(path, params)
                  }}
                />
              ))}
            </Spotlight.ActionsGroup>
          ))}
        </div>
      </Spotlight.ActionsList>
      <Group justify="space-between" px="md" py={8} gap="xs" wrap="nowrap">
        <Group gap={6} wrap="nowrap" role="status" aria-live="polite">
          {lookup.pending && !lookup.tooShort && <Loader size={14} />}
          <Text size="sm" c={lookup.error ? 'red' : 'dimmed'}>
            {status}
          </Text>
        </Group>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {PALETTE_TEXT.keysHint}
        </Text>
      </Group>
    </Spotlight.Root>
  )
}
