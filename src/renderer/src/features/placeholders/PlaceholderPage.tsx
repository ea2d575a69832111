import { Alert, List, Stack, Text, Title } from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'

export interface PlaceholderPageProps {
  title: string
  summary: string
  plans: string[]
}

/** A screen that is not built yet and says so, with what it will do. */
export function PlaceholderPage({ title, summary, plans }: PlaceholderPageProps) {
  return (
    <Stack gap="md">
      <Title order={2}>{title}</Title>
      <Alert color="gray" icon={<IconInfoCircle size={18} />} title="다음 단계에서 제공됩니다">
        <Text size="sm" mb="xs">
          {summary}
        </Text>
        <List size="sm">
          {plans.map((plan) => (
            <List.Item key={plan}>{plan}</List.Item>
          ))}
        </List>
      </Alert>
    </Stack>
  )
}
