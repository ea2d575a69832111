import { useState, type ReactNode } from 'react'
import { Alert, Anchor, Code, Collapse, Stack, Text, type AlertProps } from '@mantine/core'
import { IconAlertCircle } from '@tabler/icons-react'
import { errorDetail, errorMessage } from '../../api'

/**
 * The technical part of a failure (the socket error, the portal's status and code, the field paths),
 * folded under "자세히": a clerk reads the sentence above it; whoever helps them can open this.
 */
export function ErrorDetail({ detail }: { detail: string | null | undefined }) {
  const [open, setOpen] = useState(false)
  if (!detail) return null
  return (
    <div data-testid="error-detail">
      <Anchor component="button" type="button" size="xs" c="dimmed" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
        자세히 {open ? '▲' : '▼'}
      </Anchor>
      <Collapse expanded={open}>
        <Code block mt={4} fz="xs" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }} data-testid="error-detail-text">
          {detail}
        </Code>
      </Collapse>
    </div>
  )
}

export interface ErrorAlertProps extends Omit<AlertProps, 'children'> {
  /** Anything a call threw: its plain Korean message is shown, its detail folded under it. */
  error: unknown
  children?: ReactNode
}

/** A failure shown in place (a screen that could not load, a form that was refused). */
export function ErrorAlert({ error, children, ...props }: ErrorAlertProps) {
  return (
    <Alert color="red" icon={<IconAlertCircle size={18} />} {...props}>
      <Stack gap={4}>
        <Text size="sm">{errorMessage(error)}</Text>
        {children}
        <ErrorDetail detail={errorDetail(error)} />
      </Stack>
    </Alert>
  )
}
