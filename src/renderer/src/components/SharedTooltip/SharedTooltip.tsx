import {
  cloneElement,
  createContext,
  useContext,
  useEffect,
  useId,
  useState,
  useSyncExternalStore,
  type PointerEventHandler,
  type ReactElement,
  type ReactNode
} from 'react'
import { Tooltip } from '@mantine/core'
import { TooltipStore } from './tooltipStore'

interface TooltipContent {
  label: ReactNode
  /** Wraps the label at this width (px) instead of one line. */
  maxWidth?: number
  withArrow?: boolean
}

type Store = TooltipStore<HTMLElement, TooltipContent>

const LayerContext = createContext<Store | null>(null)

/**
 * Holds the one tooltip every SharedTooltip inside it shows (the app has one layer at its root). It
 * re-renders alone when a tooltip opens, moves or closes; the rows that carry the tooltips do not.
 */
export function SharedTooltipLayer({ children }: { children: ReactNode }) {
  const [store] = useState<Store>(() => new TooltipStore())
  useEffect(() => () => store.dispose(), [store])
  return (
    <LayerContext.Provider value={store}>
      {children}
      <LayerTooltip store={store} />
    </LayerContext.Provider>
  )
}

function LayerTooltip({ store }: { store: Store }) {
  const { target, content, opened } = useSyncExternalStore(store.subscribe, store.getSnapshot)
  const id = useId()
  // As Mantine's own Tooltip does for its child: while open, the element is described by the tooltip.
  useEffect(() => {
    if (!target || !opened) return
    target.setAttribute('aria-describedby', id)
    return () => target.removeAttribute('aria-describedby')
  }, [target, opened, id])
  if (!target || !content) return null
  return (
    <Tooltip
      target={target}
      opened={opened}
      // The id on the label, not the tooltip: Mantine gives the floating element an id of its own.
      label={<div id={id}>{content.label}</div>}
      multiline={content.maxWidth !== undefined}
      maw={content.maxWidth}
      withArrow={content.withArrow}
    />
  )
}

interface TargetProps {
  onPointerEnter?: PointerEventHandler<HTMLElement>
  onPointerLeave?: PointerEventHandler<HTMLElement>
  onPointerDown?: PointerEventHandler<HTMLElement>
}

export interface SharedTooltipProps extends TooltipContent {
  /** Hover time before it shows, as Mantine's openDelay (none by default). */
  openDelay?: number
  /** One element (a Text, a Badge) whose pointer events it takes. */
  children: ReactElement<TargetProps>
}

/**
 * A hover tooltip for what repeats in lists and tables (a row's title, badges, a staff name): it adds
 * three pointer handlers to its child (after any of its own) and shows the layer's one tooltip, where
 * Mantine's Tooltip would mount a floating element with its own hooks for every cell.
 */
export function SharedTooltip({ children, openDelay = 0, ...content }: SharedTooltipProps) {
  const store = useContext(LayerContext)
  if (!store) throw new Error('SharedTooltip must be inside SharedTooltipLayer (App renders one at its root)')
  const own = children.props
  return cloneElement(children, {
    onPointerEnter: (event) => {
      own.onPointerEnter?.(event)
      store.enter(event.currentTarget, content, openDelay)
    },
    onPointerLeave: (event) => {
      own.onPointerLeave?.(event)
      store.leave(event.currentTarget)
    },
    onPointerDown: (event) => {
      own.onPointerDown?.(event)
      store.leave(event.currentTarget)
    }
  })
}
