export { REVIEW_SHORTCUTS, ShortcutHelpModal } from './ShortcutHelpModal'
export type { Shortcut, ShortcutHelpModalProps } from './ShortcutHelpModal'
