import { createSpotlight } from '@mantine/spotlight'

/** The palette's own spotlight store: opened by Ctrl+K and the header's 찾기 button. */
export const [paletteStore, palette] = createSpotlight()
