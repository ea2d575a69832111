export { ShortcutHelpModal } from './ShortcutHelpModal'
export type { Shortcut, ShortcutHelpModalProps } from './ShortcutHelpModal'
