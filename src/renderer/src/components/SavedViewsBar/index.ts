export { SavedViewsBar, type SavedViewsBarProps } from './SavedViewsBar'
