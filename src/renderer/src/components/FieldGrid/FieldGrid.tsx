import type { ReactNode } from 'react'
import { SimpleGrid, Stack, Text, Title } from '@mantine/core'

export interface FieldItem {
  label: string
  value: ReactNode
  /** Long text spans both columns. */
  wide?: boolean
}

export interface FieldGridProps {
  title: string
  items: FieldItem[]
}

/** A titled group of label/value pairs for detail views. */
export function FieldGrid({ title, items }: FieldGridProps) {
  return (
    <section aria-label={title}>
      <Title order={5} mb={6} c="blue">
        {title}
      </Title>
      <SimpleGrid cols={2} spacing="sm" verticalSpacing={8}>
        {items.map((item) => (
          <Stack key={item.label} gap={0} style={item.wide ? { gridColumn: '1 / -1' } : undefined}>
            <Text size="xs" c="dimmed">
              {item.label}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'keep-all' }} component="div">
              {item.value === '' || item.value === null || item.value === undefined ? '—' : item.value}
            </Text>
          </Stack>
        ))}
      </SimpleGrid>
    </section>
  )
}
