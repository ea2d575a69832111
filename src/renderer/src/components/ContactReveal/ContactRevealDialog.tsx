import { useCallback, useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { Alert, Button, Group, Modal, Progress, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core'
import { IconClockHour4 } from '@tabler/icons-react'
import {
  CONTACT_REASON_PRESETS,
  CONTACT_REVEAL_SECONDS,
  CONTACT_REVEAL_TEXT as T,
  contactReasonProblem,
  presetReasonText,
  type ContactReasonPreset
} from '../../../../shared/domain/contactReasons'
import type { ContactView } from '../../../../shared/ipc/privacyViews'
import { ErrorAlert } from '../ErrorDetail'
import { useContactLookup, type ContactChannel } from '../../lib/useContactLookup'
import { useRevealCountdown } from './useRevealCountdown'

export interface ContactRevealDialogProps {
  channel: ContactChannel
  recordId: string
  who: string
  onClose: () => void
}

/**
 * The screens' own keys (the list's j/k, the review letters) listen on the document and do not know
 * this dialog is open: a letter typed while one of its buttons has focus must not decide a record
 * behind it. Tab (the dialog's focus trap) and modified keys (Ctrl+L locks) go on.
 */
function keepKeysInDialog(event: KeyboardEvent<HTMLElement>): void {
  if (event.key === 'Tab' || event.ctrlKey || event.metaKey || event.altKey) return
  event.stopPropagation()
}

/**
 * Esc closes this dialog and nothing behind it (a record's panel also closes on Esc), wherever the
 * focus is — a button that turns busy drops it to the page. Taken at the window before anyone else.
 */
function useEscapeCloses(close: () => void): void {
  const latest = useRef(close)
  useEffect(() => {
    latest.current = close
  }, [close])
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.isComposing) return
      event.stopPropagation()
      latest.current()
    }
    window.addEventListener('keydown', onKeyDown, { capture: true })
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true })
  }, [])
}

function ContactValues({ contact, who, secondsLeft }: { contact: ContactView; who: string; secondsLeft: number }) {
  return (
    <Stack gap="sm" data-testid="contact-values">
      <Text size="sm" fw={600}>
        {T.shownFor(who)}
      </Text>
      <SimpleGrid cols={2} spacing="sm" verticalSpacing={6} component="dl" m={0}>
        <div>
          <Text component="dt" size="xs" c="dimmed">
            {T.name}
          </Text>
          <Text component="dd" m={0} fw={600} data-testid="contact-name">
            {contact.name}
          </Text>
        </div>
        <div>
          <Text component="dt" size="xs" c="dimmed">
            {T.phone}
          </Text>
          <Text component="dd" m={0} ff="monospace" data-testid="contact-phone">
            {contact.phone}
          </Text>
        </div>
        <div style={{ gridColumn: '1 / -1' }}>
          <Text component="dt" size="xs" c="dimmed">
            {T.email}
          </Text>
          <Text component="dd" m={0} data-testid="contact-email">
            {contact.email ?? T.noEmail}
          </Text>
        </div>
      </SimpleGrid>
      <Stack gap={4}>
        <Group gap={6}>
          <IconClockHour4 size={16} aria-hidden />
          <Text size="sm" role="timer" data-testid="contact-countdown" data-seconds-left={secondsLeft}>
            {T.countdown(secondsLeft)}
          </Text>
        </Group>
        <Progress value={(secondsLeft / CONTACT_REVEAL_SECONDS) * 100} size="sm" aria-hidden />
      </Stack>
    </Stack>
  )
}

/**
 * Asks the reason (a common one picked, or typed — five characters at least, checked as typed), looks
 * the contact up, shows it for a minute with the time left, then forgets it: the mutation is reset
 * when the time is up and when the dialog closes, so the value lives nowhere but on screen meanwhile.
 */
export function ContactRevealDialog({ channel, recordId, who, onClose }: ContactRevealDialogProps) {
  const lookUp = useContactLookup(channel)
  const { reset } = lookUp
  const [preset, setPreset] = useState<ContactReasonPreset | null>(null)
  const [reason, setReason] = useState('')
  const [touched, setTouched] = useState(false)
  const [expired, setExpired] = useState(false)
  const reasonInput = useRef<HTMLInputElement>(null)
  const problem = contactReasonProblem(reason)
  const contact = lookUp.data ?? null

  const expire = useCallback(() => {
    reset()
    setExpired(true)
  }, [reset])
  const secondsLeft = useRevealCountdown(contact !== null, CONTACT_REVEAL_SECONDS, expire)

  const close = () => {
    reset()
    onClose()
  }
  useEscapeCloses(close)

  // The part that had the focus is replaced (or its button turns busy): put the focus where the next step is.
  const closeButton = useRef<HTMLButtonElement>(null)
  const submitButton = useRef<HTMLButtonElement>(null)
  const shown = contact !== null
  useEffect(() => {
    if (shown) closeButton.current?.focus()
  }, [shown])
  useEffect(() => {
    if (expired) reasonInput.current?.focus()
  }, [expired])
  useEffect(() => {
    if (lookUp.error) submitButton.current?.focus()
  }, [lookUp.error])

  const pickPreset = (value: ContactReasonPreset) => {
    setPreset(value)
    setReason(presetReasonText(value))
    setTouched(value !== 'custom')
    if (value === 'custom') reasonInput.current?.focus()
  }

  const typeReason = (text: string) => {
    setReason(text)
    setTouched(true)
    if (preset !== null && preset !== 'custom' && text !== presetReasonText(preset)) setPreset('custom')
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setTouched(true)
    if (problem !== null || lookUp.isPending) return
    setExpired(false)
    lookUp.mutate({ id: recordId, reason: reason.trim() })
  }

  return (
    <Modal
      opened
      onClose={close}
      closeOnEscape={false}
      title={<Text fw={700}>{T.title}</Text>}
      centered
      size="md"
      closeButtonProps={{ 'aria-label': T.close }}
    >
      <div onKeyDown={keepKeysInDialog} data-testid="contact-dialog">
        {contact !== null ? (
          <Stack gap="md">
            <ContactValues contact={contact} who={who} secondsLeft={secondsLeft ?? CONTACT_REVEAL_SECONDS} />
            <Group justify="flex-end">
              <Button ref={closeButton} variant="default" onClick={close}>
                {T.close}
              </Button>
            </Group>
          </Stack>
        ) : (
          <form onSubmit={submit} aria-label={T.title} noValidate>
            <Stack gap="md">
              {expired && (
                <Alert color="gray" data-testid="contact-expired">
                  {T.expired}
                </Alert>
              )}
              <Text size="sm" c="dimmed">
                {T.notice}
              </Text>
              <Radio.Group label={T.reasonPresets} value={preset} onChange={pickPreset}>
                <Group gap="sm" mt={6}>
                  {CONTACT_REASON_PRESETS.map((option, index) => (
                    <Radio key={option.value} value={option.value} label={option.label} data-autofocus={index === 0 ? true : undefined} />
                  ))}
                </Group>
              </Radio.Group>
              <TextInput
                ref={reasonInput}
                label={T.reasonInput}
                placeholder={T.reasonPlaceholder}
                value={reason}
                onChange={(event) => typeReason(event.currentTarget.value)}
                error={touched ? problem : null}
                required
                data-testid="contact-reason"
              />
              {lookUp.error && <ErrorAlert error={lookUp.error} data-testid="contact-error" />}
              <Group justify="flex-end" gap="sm">
                <Button variant="default" onClick={close}>
                  {T.close}
                </Button>
                <Button ref={submitButton} type="submit" loading={lookUp.isPending}>
                  {T.submit}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </div>
    </Modal>
  )
}
