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

export function ReportsPage() {
  return (
    <PlaceholderPage
      title="보고서"
      summary="캐시 자료로 부서 보고용 집계표를 만드는 화면입니다."
      plans={[
        '매력일자리 기관·분야·상태별 집계와 예산 합계',
        '강소기업 심사 진행 현황',
        '재취업 회차별 참여·출석 현황',
        '엑셀(xlsx) 파일로 저장'
      ]}
    />
  )
}
