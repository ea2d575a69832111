import { useState } from 'react'
import { Button, Card, Checkbox, Group, NumberInput, ScrollArea, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core'
import { ATTENDANCE_STATUS_LABELS } from '../../../../shared/domains/reemployment/labels'
import { CompletionSettings, HintSettings } from '../../../../shared/domains/reemployment/views'
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '../../../../shared/portal'
import { ErrorAlert } from '../../components/ErrorDetail'
import { useCompletionSettings, useHintSettings } from './useReemployment'
import { useSaveCompletionSettings, useSaveHintSettings } from './useReemploymentActions'

const HINT_DEFAULTS = HintSettings.parse({})
const COMPLETION_DEFAULTS = CompletionSettings.parse({})

function same<T>(a: T, b: T): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

function whole(value: string | number, fallback: number): number {
  const n = typeof value === 'number' ? value : Number(value)
  return Number.isFinite(n) ? Math.round(n) : fallback
}

function HintSettingsForm({ saved }: { saved: HintSettings }) {
  const [form, setForm] = useState(saved)
  const save = useSaveHintSettings()
  const field = (key: keyof HintSettings, label: string, description: string, suffix: string, max: number) => (
    <NumberInput
      label={label}
      description={description}
      suffix={suffix}
      min={0}
      max={max}
      allowDecimal={false}
      value={form[key]}
      onChange={(v) => setForm((f) => ({ ...f, [key]: whole(v, f[key]) }))}
    />
  )
  return (
    <Card withBorder padding="md" data-testid="hint-settings">
      <Stack gap="sm">
        <div>
          <Title order={4}>명단의 참고 조건</Title>
          <Text size="sm" c="dimmed">
            조건에 맞지 않는 신청자는 명단에 ‘참고’로 표시될 뿐, 등록·출석은 막지 않습니다. 기본값은 재취업지원서비스 기준입니다.
          </Text>
        </div>
        {field('minAgeAtRetirement', '퇴직 예정일의 나이', '퇴직 예정 연도 − 출생연도가 이 나이 이상', '세 이상', 100)}
        {field('retirementWithinYears', '퇴직 예정 시기', '교육·상담일부터 이 기간 안에 퇴직 예정', '년 이내', 10)}
        {field('minTenureYears', '최근 직장 근속', '최근 직장에서 일한 기간', '년 이상', 40)}
        {field('fixedTermMinTenureYears', '계약직의 근속', '계약 기간이 정해진 근로자의 근속 기간', '년 이상', 40)}
        {save.error && <ErrorAlert error={save.error} />}
        <Group justify="space-between">
          <Button variant="subtle" onClick={() => setForm(HINT_DEFAULTS)} disabled={same(form, HINT_DEFAULTS)}>
            기본값으로
          </Button>
          <Button onClick={() => save.mutate(form)} loading={save.isPending} disabled={same(form, saved)}>
            저장
          </Button>
        </Group>
      </Stack>
    </Card>
  )
}

function CompletionSettingsForm({ saved }: { saved: CompletionSettings }) {
  const [form, setForm] = useState(saved)
  const save = useSaveCompletionSettings()
  const percent = Math.round(form.minShare * 100)
  return (
    <Card withBorder padding="md" data-testid="completion-settings">
      <Stack gap="sm">
        <div>
          <Title order={4}>수료 기준</Title>
          <Text size="sm" c="dimmed">
            수료는 과정(여러 날짜) 단위로, 과정 전체 시간 중 출석으로 인정된 시간의 비율로 판정합니다.
          </Text>
        </div>
        <NumberInput
          label="출석 인정 비율"
          description="과정 시간 중 이 비율 이상 출석하면 수료"
          suffix="% 이상"
          min={1}
          max={100}
          allowDecimal={false}
          value={percent}
          onChange={(v) => setForm((f) => ({ ...f, minShare: Math.min(100, Math.max(1, whole(v, percent))) / 100 }))}
        />
        <Checkbox.Group
          label="출석으로 인정하는 상태"
          value={form.countedStatuses}
          onChange={(values) => setForm((f) => ({ ...f, countedStatuses: values as AttendanceStatus[] }))}
          error={form.countedStatuses.length === 0 ? '출석으로 인정할 상태를 하나 이상 고르세요.' : null}
        >
          <Group gap="md" mt={6}>
            {ATTENDANCE_STATUSES.map((s) => (
              <Checkbox key={s} value={s} label={ATTENDANCE_STATUS_LABELS[s]} />
            ))}
          </Group>
        </Checkbox.Group>
        <Switch
          label="지각·조퇴 3회 = 결석 1회"
          description="과정 안에서 세 번째 지각·조퇴마다 그날을 결석으로 봅니다."
          checked={form.threeLateOrEarlyIsAbsence}
          onChange={(e) => {
            const checked = e.currentTarget.checked
            setForm((f) => ({ ...f, threeLateOrEarlyIsAbsence: checked }))
          }}
        />
        {save.error && <ErrorAlert error={save.error} />}
        <Group justify="space-between">
          <Button variant="subtle" onClick={() => setForm(COMPLETION_DEFAULTS)} disabled={same(form, COMPLETION_DEFAULTS)}>
            기본값으로
          </Button>
          <Button onClick={() => save.mutate(form)} loading={save.isPending} disabled={same(form, saved) || form.countedStatuses.length === 0}>
            저장
          </Button>
        </Group>
      </Stack>
    </Card>
  )
}

/** The program's conditions for the roster's hints, and the division's 수료 rule: settings on this PC. */
export function ReemploymentSettingsPanel() {
  const hints = useHintSettings()
  const completion = useCompletionSettings()
  return (
    <ScrollArea h="100%" type="auto" offsetScrollbars>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" pb="md">
        {hints.error ? <ErrorAlert error={hints.error} /> : hints.data && <HintSettingsForm key={JSON.stringify(hints.data)} saved={hints.data} />}
        {completion.error ? (
          <ErrorAlert error={completion.error} />
        ) : (
          completion.data && <CompletionSettingsForm key={JSON.stringify(completion.data)} saved={completion.data} />
        )}
      </SimpleGrid>
    </ScrollArea>
  )
}

/** The 수료 rule alone, for 설정 (the same form as the 재취업 screen's settings tab). */
export function CompletionSettingsSection() {
  const completion = useCompletionSettings()
  if (completion.error) return <ErrorAlert error={completion.error} />
  return completion.data ? <CompletionSettingsForm key={JSON.stringify(completion.data)} saved={completion.data} /> : null
}
