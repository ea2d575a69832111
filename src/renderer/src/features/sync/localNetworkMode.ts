import { onlineManager } from '@tanstack/react-query'

/**
 * Every query and mutation of this app goes to the local main process, never to the network, so they
 * must keep running when the PC loses its connection. By default TanStack Query follows the browser's
 * online/offline events and *pauses* everything while offline — the whole app would freeze exactly
 * when it is meant to work offline. The app's own online state comes from `sync:status.online`.
 *
 * Imported for its effect by the first modules App loads (Routes, SignInPage). The equivalent, more
 * local fix is `networkMode: 'always'` in App's createQueryClient defaults.
 */
onlineManager.setEventListener(() => undefined)
onlineManager.setOnline(true)
