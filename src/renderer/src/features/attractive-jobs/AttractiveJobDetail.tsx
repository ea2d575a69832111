import { Alert, Badge, Divider, Group, List, Stack, Text, Title } from '@mantine/core'
import {
  ATTRACTIVE_JOB_STATUS_LABELS,
  JOB_FIELD_LABELS,
  ORG_TYPE_LABELS,
  PUBLIC_TYPE_LABELS,
  SELECTION_METHOD_LABELS,
  TARGET_GROUP_LABELS,
  WEEKDAY_LABELS
} from '../../../../shared/domain/labels'
import type { AttractiveJobDetail as AttractiveJobDetailView } from '../../../../shared/ipc/attractiveJobViews'
import { AttractiveJobStatusBadge } from '../../components/AttractiveJobStatusBadge'
import { FieldGrid } from '../../components/FieldGrid'
import { formatBytes, formatCount, formatDate, formatDateTime, formatWon } from '../../lib/format'

function selectionLabel(method: string): string {
  return (SELECTION_METHOD_LABELS as Record<string, string>)[method] ?? method
}

function range(start: string, end: string): string {
  return `${formatDate(start)} ~ ${formatDate(end)}`
}

/** The 매력일자리 record grouped as reviewers read it: 기관, 유형, 모집, 근무, 처우, 교육, 예산, 일정. */
export function AttractiveJobDetail({ detail }: { detail: AttractiveJobDetailView }) {
  const r = detail.record
  const b = r.budget
  return (
    <Stack gap="lg" data-testid="aj-detail">
      <div>
        <Group gap="xs" mb={4}>
          <AttractiveJobStatusBadge status={r.status} size="lg" />
          <Text size="sm" c="dimmed">
            {r.id} · 버전 {r.version}
          </Text>
          {detail.pending_writes > 0 && (
            <Badge color="orange" variant="dot">
              보낼 변경 {detail.pending_writes}건
            </Badge>
          )}
        </Group>
        <Title order={3}>{r.title}</Title>
        <Text c="dimmed">
          {r.org.name} {r.org.department}
        </Text>
      </div>

      {r.decision && (
        <Alert color={r.decision.outcome === 'approved' ? 'teal' : r.decision.outcome === 'rejected' ? 'red' : 'orange'}
          title={`결정: ${ATTRACTIVE_JOB_STATUS_LABELS[r.decision.outcome]}`}>
          <Text size="sm">{r.decision.reason ?? '사유 없음'}</Text>
          <Text size="xs" c="dimmed">
            {r.decision.decided_by} · {formatDateTime(r.decision.decided_at)}
          </Text>
        </Alert>
      )}

      <FieldGrid
        title="기관"
        items={[
          { label: '기관명', value: r.org.name },
          { label: '기관 구분', value: ORG_TYPE_LABELS[r.org.type] },
          { label: '기관 코드', value: r.org.code },
          { label: '담당 부서', value: r.org.department },
          { label: '담당자', value: r.contact.name },
          { label: '연락처', value: `${r.contact.phone} · ${r.contact.email}` }
        ]}
      />
      <FieldGrid
        title="유형"
        items={[
          { label: '사업연도', value: `${r.program_year}년` },
          { label: '공공형 유형', value: PUBLIC_TYPE_LABELS[r.public_type] },
          { label: '직무분야', value: JOB_FIELD_LABELS[r.field] },
          {
            label: '참여 대상',
            value: `${TARGET_GROUP_LABELS[r.target_group]} (만 ${r.age_range.min}–${r.age_range.max}세)`
          },
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
          { label: '근무 요일', value: r.work_days.map((d) => WEEKDAY_LABELS[d]).join('·') },
          { label: '1일 근무시간', value: `${r.daily_hours}시간` },
          { label: '주 근무시간', value: `${r.weekly_hours}시간` }
        ]}
      />
      <FieldGrid
        title="처우"
        items={[
          { label: '시급', value: formatWon(r.hourly_wage) },
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
          { label: '총액', value: formatWon(b.total) },
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
          { label: '캐시 수신', value: formatDateTime(detail.pulled_at) }
        ]}
      />

      <Divider />
      <div>
        <Title order={5} mb={6} c="blue.8">
          첨부 파일
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
      </div>
      <div>
        <Title order={5} mb={6} c="blue.8">
          의견 {r.comments.length > 0 ? `${r.comments.length}건` : ''}
        </Title>
        {r.comments.length === 0 ? (
          <Text size="sm" c="dimmed">
            의견이 없습니다.
          </Text>
        ) : (
          <Stack gap="xs">
            {r.comments.map((c) => (
              <div key={c.id}>
                <Text size="xs" c="dimmed">
                  {c.author} · {formatDateTime(c.created_at)}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {c.body}
                </Text>
              </div>
            ))}
          </Stack>
        )}
      </div>
    </Stack>
  )
}
