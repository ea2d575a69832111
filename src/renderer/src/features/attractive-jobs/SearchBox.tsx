import { useId, type RefObject } from 'react'
import { CloseButton, Group, Kbd, Text, TextInput } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { SEARCH_LIMIT_MESSAGE, SEARCH_MAX_LENGTH } from '../../../../shared/domains/attractive-jobs/views'

/** From here on the box shows how many characters it holds. */
const COUNT_FROM = SEARCH_MAX_LENGTH - 20

export interface SearchBoxProps {
  value: string
  /** Why the list does not show this search (it keeps showing the last one it could). */
  refusal: string | null
  inputRef: RefObject<HTMLInputElement | null>
  onChange: (value: string) => void
}

/**
 * The list's search: holds at most what the list accepts (a longer paste is cut there, and the box
 * says so), counts the characters near that limit, and says beside itself why a search is not shown.
 */
export function SearchBox({ value, refusal, inputRef, onChange }: SearchBoxProps) {
  const messageId = useId()
  const message = refusal ?? (value.length >= SEARCH_MAX_LENGTH ? SEARCH_LIMIT_MESSAGE : null)
  const counting = value.length >= COUNT_FROM
  return (
    <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
      <TextInput
        ref={inputRef}
        aria-label="검색"
        size="xs"
        w={280}
        placeholder="사업명·기관·직무 검색 (초성 가능: ㄷㅈㅌ)"
        leftSection={<IconSearch size={14} />}
        value={value}
        maxLength={SEARCH_MAX_LENGTH}
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
              <Text size="xs" c={value.length >= SEARCH_MAX_LENGTH ? 'red' : 'dimmed'} data-testid="aj-search-count">
                {value.length}/{SEARCH_MAX_LENGTH}
              </Text>
            )}
            {value ? <CloseButton size="sm" aria-label="검색어 지우기" onClick={() => onChange('')} /> : <Kbd size="xs">/</Kbd>}
          </Group>
        }
      />
      {message && (
        <Text id={messageId} size="xs" c="red" role="status" data-testid="aj-search-message" style={{ whiteSpace: 'nowrap' }}>
          {message}
        </Text>
      )}
    </Group>
  )
}
