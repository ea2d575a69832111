import { Group, List, Text, Title } from '@mantine/core'
import { CONTACT_WHO } from '../../../../shared/domain/contactReasons'
import { JOB_FIELD_LABELS, ORG_TYPE_LABELS, PUBLIC_TYPE_LABELS, SELECTION_METHOD_LABELS, TARGET_GROUP_LABELS, WEEKDAY_LABELS } from '../../../../shared/domains/attractive-jobs/labels'
import type { AttractiveJobDetail } from '../../../../shared/domains/attractive-jobs/views'
import { ContactReveal } from '../../components/ContactReveal'
import { FieldGrid } from '../../components/FieldGrid'
import { formatBytes, formatCount, formatDate, formatDateTime, formatWon } from '../../lib/format'

function selectionLabel(method: string): string {
  return (SELECTION_METHOD_LABELS as Record<string, string>)[method] ?? method
}

function range(start: string, end: string): string {
  return `${formatDate(start)} ~ ${formatDate(end)}`
}

const MONTHS = new Intl.NumberFormat('ko-KR', { maximumFractionDigits: 2 })
const HOURS = new Intl.NumberFormat('ko-KR', { maximumFractionDigits: 1 })

/** Every field of the online form, grouped as the organisation filled it: 기관, 유형, 모집, 근무, 처우, 교육, 예산, 일정. */
export function DetailFields({ detail }: { detail: AttractiveJobDetail }) {
  const r = detail.record
  const b = r.budget
  return (
    <>
      <FieldGrid
        title="기관"
        items={[
          { label: '기관명', value: r.org.name },
          { label: '기관구분', value: ORG_TYPE_LABELS[r.org.type] },
          { label: '기관 코드', value: r.org.code },
          { label: '담당 부서', value: r.org.department },
          {
            label: '담당자 (가림 처리)',
            value: (
              <Group gap={8} wrap="nowrap">
                {r.contact.name}
                <ContactReveal channel="attractiveJobs:contact" recordId={r.id} who={CONTACT_WHO.attractiveJobsContact(r.contact.name)} />
              </Group>
            )
          },
          { label: '연락처 (가림 처리)', value: `${r.contact.phone} · ${r.contact.email}` }
        ]}
      />
      <FieldGrid
        title="유형"
        items={[
          { label: '사업연도', value: `${r.program_year}년` },
          { label: '공공형 유형', value: PUBLIC_TYPE_LABELS[r.public_type] },
          { label: '직무분야', value: JOB_FIELD_LABELS[r.field] },
          { label: '참여 대상', value: `${TARGET_GROUP_LABELS[r.target_group]} (만 ${r.age_range.min}–${r.age_range.max}세)` },
          { label: '직무 내용', value: r.duties, wide: true },
          { label: '기대 효과', value: r.expected_outcome, wide: true }
        ]}
      />
      <FieldGrid
        title="모집"
        items={[
          { label: '모집 인원', value: `${formatCount(r.headcount)}명` },
          { label: '접수 기간', value: range(r.recruitment.apply_start, r.recruitment.apply_end) },
          { label: '선발 방법', value: r.recruitment.selection.map(selectionLabel).join(', ') },
          { label: '최종 선발일', value: formatDate(r.recruitment.final_selection_on) },
          { label: '자격 요건', value: r.requirements, wide: true },
          { label: '우대 사항', value: r.preferences, wide: true }
        ]}
      />
      <FieldGrid
        title="근무"
        items={[
          { label: '근무지', value: r.workplace, wide: true },
          { label: '근무 기간', value: range(r.period.start, r.period.end) },
          { label: '참여 개월 (계산)', value: `${MONTHS.format(detail.participation_months)}개월` },
          { label: '근무 요일', value: r.work_days.map((d) => WEEKDAY_LABELS[d]).join('·') },
          { label: '1일 · 주 근무시간', value: `${r.daily_hours}시간 · 주 ${r.weekly_hours}시간` }
        ]}
      />
      <FieldGrid
        title="처우"
        items={[
          { label: '시급', value: formatWon(r.hourly_wage) },
          {
            label: '월 환산 임금 (계산)',
            value: `${formatWon(detail.monthly_wage)} (시급 × 월 ${HOURS.format(detail.monthly_paid_hours)}시간)`
          },
          { label: '4대보험', value: r.social_insurance ? '가입' : '미가입' }
        ]}
      />
      <FieldGrid
        title="교육"
        items={[
          { label: '사전 교육', value: `${r.training.pre_hours}시간` },
          { label: '직무 중 교육', value: `${r.training.in_service_hours}시간` },
          { label: '교육 계획', value: r.training.plan, wide: true }
        ]}
      />
      <FieldGrid
        title="예산"
        items={[
          { label: '총사업비', value: formatWon(b.total) },
          { label: '인건비', value: formatWon(b.labor) },
          { label: '교육비', value: formatWon(b.training) },
          { label: '기타', value: formatWon(b.other) },
          {
            label: '재원 (시비 · 구비 · 기타)',
            value: `${formatWon(b.funding.city)} · ${formatWon(b.funding.district)} · ${formatWon(b.funding.other)}`,
            wide: true
          }
        ]}
      />
      <FieldGrid
        title="일정"
        items={[
          { label: '제출', value: formatDateTime(r.submitted_at) },
          { label: '최종 수정', value: formatDateTime(r.updated_at) },
          { label: '보완 횟수', value: `${r.revision_count}회` },
          { label: '캐시 받은 시각', value: formatDateTime(detail.pulled_at) }
        ]}
      />
      <section aria-label="첨부 파일">
        <Title order={5} mb={6} c="blue">
          첨부 파일 {r.attachments.length > 0 ? `${r.attachments.length}건` : ''}
        </Title>
        {r.attachments.length === 0 ? (
          <Text size="sm" c="dimmed">
            첨부 파일이 없습니다.
          </Text>
        ) : (
          <List size="sm">
            {r.attachments.map((a) => (
              <List.Item key={a.id}>
                {a.name} ({formatBytes(a.size)})
              </List.Item>
            ))}
          </List>
        )}
      </section>
    </>
  )
}
