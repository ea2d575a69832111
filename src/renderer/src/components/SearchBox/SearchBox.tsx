import { useId, type RefObject } from 'react'
import { CloseButton, Group, Kbd, Text, TextInput } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'

/** From this many characters before the limit on, the box shows how many it holds. */
const COUNT_MARGIN = 20

export interface SearchBoxProps {
  value: string
  /** Why the list does not show this search (it keeps showing the last one it could). */
  refusal: string | null
  inputRef: RefObject<HTMLInputElement | null>
  onChange: (value: string) => void
  placeholder: string
  /** The longest search the list accepts, and the sentence that says so. */
  maxLength: number
  limitMessage: string
  /** Prefix of the test ids (`<prefix>-search-count`, `<prefix>-search-message`). */
  testIdPrefix: string
  width?: number
}

/**
 * A list's search: holds at most what the list accepts (a longer paste is cut there, and the box
 * says so), counts the characters near that limit, and says beside itself why a search is not shown.
 */
export function SearchBox({ value, refusal, inputRef, onChange, placeholder, maxLength, limitMessage, testIdPrefix, width = 280 }: SearchBoxProps) {
  const messageId = useId()
  const message = refusal ?? (value.length >= maxLength ? limitMessage : null)
  const counting = value.length >= maxLength - COUNT_MARGIN
  return (
    <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
      <TextInput
        ref={inputRef}
        aria-label="검색"
        size="xs"
        w={width}
        placeholder={placeholder}
        leftSection={<IconSearch size={14} />}
        value={value}
        maxLength={maxLength}
        onChange={(e) => onChange(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') e.currentTarget.blur()
        }}
        error={refusal !== null}
        aria-describedby={message ? messageId : undefined}
        rightSectionWidth={counting ? 78 : undefined}
        rightSection={
          <Group gap={2} wrap="nowrap">
            {counting && (
              <Text size="xs" c={value.length >= maxLength ? 'red' : 'dimmed'} data-testid={`${testIdPrefix}-search-count`}>
                {value.length}/{maxLength}
              </Text>
            )}
            {value ? <CloseButton size="sm" aria-label="검색어 지우기" onClick={() => onChange('')} /> : <Kbd size="xs">/</Kbd>}
          </Group>
        }
      />
      {message && (
        <Text id={messageId} size="xs" c="red" role="status" data-testid={`${testIdPrefix}-search-message`} style={{ whiteSpace: 'nowrap' }}>
          {message}
        </Text>
      )}
    </Group>
  )
}
