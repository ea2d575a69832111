export { CommandPalette } from './CommandPalette'
export { PaletteButton } from './PaletteButton'
