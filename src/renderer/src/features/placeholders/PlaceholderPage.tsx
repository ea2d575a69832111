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

export function SmePage() {
  return (
    <PlaceholderPage
      title="서울형 강소기업"
      summary="강소기업 신청서의 자격검토와 단계별 심사를 이 화면에서 하게 됩니다."
      plans={[
        '신청 목록(상태·단계·자치구 필터, 검색)과 상세 보기',
        '자격요건 자동 점검과 자격검토 결과 기록',
        '서면심사·현장실사·면접심사 점수 입력과 선정·미선정 처리'
      ]}
    />
  )
}

export function ReemploymentPage() {
  return (
    <PlaceholderPage
      title="재취업 지원"
      summary="재취업 교육·상담 회차와 신청자 명단을 이 화면에서 관리하게 됩니다."
      plans={[
        '회차별 정원과 확정·대기 인원 보기',
        '신청자 명단 확인과 출석(출석·지각·조퇴·결석) 기록',
        '명단 엑셀 내보내기'
      ]}
    />
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
