import { useState } from 'react'
import { ActionIcon, Group, Radio, Select, Stack, Text, TextInput } from '@mantine/core'
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react'
import { SME_STAGE_LABELS } from '../../../../shared/domains/sme/labels'
import { REPORTS_TEXT as T } from '../../../../shared/reports/labels'
import { SME_STAGES } from '../../../../shared/portal'
import type { StoredView } from '../../lib/savedViews'
import { useAttractiveJobViews } from '../attractive-jobs/useSavedViews'
import { useMayCall } from '../auth/useAccess'
import { clockTime, monthLabel, seoulMonth, sessionDay, shiftMonth } from '../reemployment/dates'
import { useSessionDetail, useSessions } from '../reemployment/useReemployment'
import { useSmeDashboard } from '../sme/useSme'
import { useSmeSavedViews } from '../sme/useSmeViews'
import type { ParamsDraft, ParamsPlan, ParamsScope } from './exportForm'

export interface ReportParamsFieldsProps {
  plan: ParamsPlan
  /** The reports the fields are for: one from the catalog offers that list's saved views. */
  reportIds: readonly string[]
  draft: ParamsDraft
  onChange: (draft: ParamsDraft) => void
  testIdPrefix: string
}

function ViewSelect({ views, value, onChange }: { views: readonly StoredView<unknown>[] | undefined; value: string | null; onChange: (name: string | null) => void }) {
  const data = [{ value: '', label: T.listParamsAllOption }, ...(views ?? []).map((v) => ({ value: v.name, label: v.name }))]
  return (
    <Select label={T.listParamsAll} description={T.listParamsHint} data={data} value={value ?? ''} allowDeselect={false}
      onChange={(name) => onChange(name ? name : null)} comboboxProps={{ withinPortal: true }} />
  )
}

function AttractiveJobsViews(props: { value: string | null; onChange: (name: string | null) => void }) {
  return <ViewSelect views={useAttractiveJobViews().views} {...props} />
}

function SmeViews(props: { value: string | null; onChange: (name: string | null) => void }) {
  return <ViewSelect views={useSmeSavedViews().views} {...props} />
}

/** The list's own state (from its button), or a saved view of that list by name (from the catalog). */
function ListViewField({ reportIds, draft, onChange }: Omit<ReportParamsFieldsProps, 'plan' | 'testIdPrefix'>) {
  const ajViews = useMayCall('attractiveJobs:listViews')
  const smeViews = useMayCall('sme:listViews')
  if (draft.fromList) {
    return (
      <Text size="sm" data-testid="export-params-from-list">
        {T.listParamsFromScreen}
      </Text>
    )
  }
  const single = reportIds.length === 1 ? reportIds[0] : undefined
  const pick = (view: string | null) => onChange({ ...draft, view })
  if (single?.startsWith('attractive-jobs.') && ajViews) return <AttractiveJobsViews value={draft.view} onChange={pick} />
  if (single?.startsWith('sme.') && smeViews) return <SmeViews value={draft.view} onChange={pick} />
  return (
    <Text size="sm" c="dimmed">
      {T.listParamsHint}
    </Text>
  )
}

function SessionSelect({ draft, onChange, testIdPrefix }: Pick<ReportParamsFieldsProps, 'draft' | 'onChange' | 'testIdPrefix'>) {
  const [month, setMonth] = useState(() => seoulMonth(new Date()))
  const sessions = useSessions({ month })
  const data = (sessions.data?.sessions ?? []).map((s) => ({ value: s.id, label: `${sessionDay(s.starts_at)} ${clockTime(s.starts_at)} ${s.title}` }))
  // The select offers one month's sessions: another month starts with none chosen.
  const showMonth = (delta: number) => {
    setMonth((m) => shiftMonth(m, delta))
    onChange({ ...draft, session: null })
  }
  return (
    <Group gap="sm" wrap="nowrap" align="flex-end">
      <Stack gap={2}>
        <Text size="sm" fw={500}>
          {T.sessionMonth}
        </Text>
        <Group gap={2} wrap="nowrap" align="center" h={36}>
          <ActionIcon variant="subtle" aria-label={T.previousMonth} onClick={() => showMonth(-1)}>
            <IconChevronLeft size={16} aria-hidden />
          </ActionIcon>
          <Text size="sm" miw={90} ta="center" data-testid={`${testIdPrefix}-session-month`}>
            {monthLabel(month)}
          </Text>
          <ActionIcon variant="subtle" aria-label={T.nextMonth} onClick={() => showMonth(1)}>
            <IconChevronRight size={16} aria-hidden />
          </ActionIcon>
        </Group>
      </Stack>
      <Select
        label={T.session}
        placeholder={data.length === 0 && sessions.data ? T.sessionNone : T.sessionPlaceholder}
        data={data}
        value={draft.session}
        onChange={(session) => onChange({ ...draft, session })}
        searchable
        withAsterisk
        style={{ flex: 1 }}
        comboboxProps={{ withinPortal: true }}
        data-testid={`${testIdPrefix}-session`}
      />
    </Group>
  )
}

/** From a session's roster: that session, named (the roster is what the staff member has open). */
function FixedSession({ sessionId, testIdPrefix }: { sessionId: string; testIdPrefix: string }) {
  const detail = useSessionDetail(sessionId)
  const summary = detail.data?.summary
  return (
    <Text size="sm" data-testid={`${testIdPrefix}-session-fixed`} data-session-id={sessionId}>
      {T.session}: {summary ? `${sessionDay(summary.starts_at)} ${summary.title}` : sessionId}
    </Text>
  )
}

function SessionField(props: Pick<ReportParamsFieldsProps, 'draft' | 'onChange' | 'testIdPrefix'>) {
  const allowed = useMayCall('reemployment:sessions')
  const fixed = props.draft.fromList?.session
  if (!allowed) return null
  return fixed ? <FixedSession sessionId={fixed} testIdPrefix={props.testIdPrefix} /> : <SessionSelect {...props} />
}

function MonthsField({ draft, onChange, testIdPrefix }: Pick<ReportParamsFieldsProps, 'draft' | 'onChange' | 'testIdPrefix'>) {
  const set = (part: 'from' | 'to', value: string) => {
    if (/^\d{4}-\d{2}$/.test(value)) onChange({ ...draft, months: { ...draft.months, [part]: value } })
  }
  return (
    <Group gap="sm" grow>
      <TextInput type="month" label={T.monthFrom} value={draft.months.from} onChange={(e) => set('from', e.currentTarget.value)}
        data-testid={`${testIdPrefix}-month-from`} />
      <TextInput type="month" label={T.monthTo} value={draft.months.to} onChange={(e) => set('to', e.currentTarget.value)}
        data-testid={`${testIdPrefix}-month-to`} />
    </Group>
  )
}

function SmeRoundSelect({ draft, onChange, testIdPrefix }: Pick<ReportParamsFieldsProps, 'draft' | 'onChange' | 'testIdPrefix'>) {
  const dashboard = useSmeDashboard()
  const rounds = dashboard.data?.rounds ?? []
  const stages = [{ value: '', label: T.smeStageAll }, ...SME_STAGES.map((stage) => ({ value: stage, label: SME_STAGE_LABELS[stage] }))]
  return (
    <Group gap="sm" grow>
      <Select label={T.smeRound} data={[{ value: '', label: T.smeRoundLatest }, ...rounds.map((round) => ({ value: round, label: round }))]}
        value={draft.smeRound.round ?? ''} allowDeselect={false} comboboxProps={{ withinPortal: true }}
        onChange={(round) => onChange({ ...draft, smeRound: { ...draft.smeRound, round: round ? round : null } })}
        data-testid={`${testIdPrefix}-sme-round`} />
      <Select label={T.smeStage} data={stages} value={draft.smeRound.stage ?? ''} allowDeselect={false}
        onChange={(stage) => onChange({ ...draft, smeRound: { ...draft.smeRound, stage: stage ? stage : null } })}
        comboboxProps={{ withinPortal: true }} />
    </Group>
  )
}

function SmeRoundField(props: Pick<ReportParamsFieldsProps, 'draft' | 'onChange' | 'testIdPrefix'>) {
  const allowed = useMayCall('sme:dashboard')
  return allowed ? <SmeRoundSelect {...props} /> : null
}

/** A report of one session or of a 기간: which of the two. */
function ScopeField({ draft, onChange, testIdPrefix }: Pick<ReportParamsFieldsProps, 'draft' | 'onChange' | 'testIdPrefix'>) {
  return (
    <Radio.Group label={T.scope} value={draft.scope} onChange={(value) => onChange({ ...draft, scope: value as ParamsScope })}>
      <Group gap="md" mt={4}>
        <Radio value="session" label={T.scopeSession} data-testid={`${testIdPrefix}-scope-session`} />
        <Radio value="months" label={T.scopeMonths} data-testid={`${testIdPrefix}-scope-months`} />
      </Group>
    </Radio.Group>
  )
}

/** The inputs the reports ask for besides the options: the list's conditions, a session, months, a round. */
export function ReportParamsFields({ plan, reportIds, draft, onChange, testIdPrefix }: ReportParamsFieldsProps) {
  const fixedSession = Boolean(draft.fromList?.session)
  if (!plan.listView && !plan.scopeChoice && !plan.session && !plan.months && !plan.smeRound) return null
  return (
    <Stack gap="sm" data-testid={`${testIdPrefix}-params`}>
      {plan.listView && <ListViewField reportIds={reportIds} draft={draft} onChange={onChange} />}
      {plan.scopeChoice && !fixedSession && <ScopeField draft={draft} onChange={onChange} testIdPrefix={testIdPrefix} />}
      {plan.session && <SessionField draft={draft} onChange={onChange} testIdPrefix={testIdPrefix} />}
      {plan.months && <MonthsField draft={draft} onChange={onChange} testIdPrefix={testIdPrefix} />}
      {plan.smeRound && <SmeRoundField draft={draft} onChange={onChange} testIdPrefix={testIdPrefix} />}
    </Stack>
  )
}
