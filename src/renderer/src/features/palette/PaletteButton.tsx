import { Button, Kbd } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { PALETTE_TEXT } from '../../../../shared/domain/paletteLabels'
import { palette } from './store'

/** The header's 찾기: the palette for those who reach for the mouse. */
export function PaletteButton() {
  return (
    <Button
      variant="default"
      size="compact-sm"
      leftSection={<IconSearch size={14} />}
      rightSection={<Kbd size="xs">Ctrl+K</Kbd>}
      title={PALETTE_TEXT.openButtonTitle}
      onClick={() => palette.open()}
    >
      {PALETTE_TEXT.openButton}
    </Button>
  )
}
