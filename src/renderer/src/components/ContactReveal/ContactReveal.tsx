import { useState } from 'react'
import { Button, type ButtonProps } from '@mantine/core'
import { IconEye } from '@tabler/icons-react'
import { CONTACT_REVEAL_TEXT } from '../../../../shared/domain/contactReasons'
import { useContactAccess, type ContactChannel } from '../../lib/useContactLookup'
import { ContactRevealDialog } from './ContactRevealDialog'

export interface ContactRevealProps {
  channel: ContactChannel
  recordId: string
  /** Whose contact, as the screen shows them (masked, e.g. "담당자 김*수"): names the button and the dialog. */
  who: string
  size?: ButtonProps['size']
}

/**
 * "연락처 보기": shown only to the roles the channel allows; opens the dialog that asks the reason,
 * looks the contact up on the portal and hides it again after a minute. The dialog is mounted only
 * while open, so nothing of a shown contact outlives it.
 */
export function ContactReveal({ channel, recordId, who, size = 'compact-sm' }: ContactRevealProps) {
  const allowed = useContactAccess(channel)
  const [opened, setOpened] = useState(false)
  if (!allowed) return null
  return (
    <>
      <Button
        size={size}
        variant="light"
        leftSection={<IconEye size={14} aria-hidden />}
        aria-label={CONTACT_REVEAL_TEXT.buttonFor(who)}
        aria-haspopup="dialog"
        data-testid="contact-reveal"
        onClick={(event) => {
          // A row or card around the button may act on clicks of its own.
          event.stopPropagation()
          setOpened(true)
        }}
      >
        {CONTACT_REVEAL_TEXT.button}
      </Button>
      {opened && <ContactRevealDialog channel={channel} recordId={recordId} who={who} onClose={() => setOpened(false)} />}
    </>
  )
}
