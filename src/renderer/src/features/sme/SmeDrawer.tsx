import { Alert, Badge, Center, Divider, Drawer, Group, Loader, Stack, Text, Title, Tooltip } from '@mantine/core'
import { eligibilityLabel } from '../../../../shared/domains/sme/eligibility'
import { SME_STAGE_LABELS } from '../../../../shared/domains/sme/labels'
import { COMMITTEE_TEXT, SCREENING_TEXT, SME_CARD_TEXT } from '../../../../shared/domains/sme/viewLabels'
import type { SmeDetail } from '../../../../shared/domains/sme/views'
import { ErrorAlert } from '../../components/ErrorDetail'
import { StaffName } from '../../components/StaffName'
import { formatDateTime, formatRelative } from '../../lib/format'
import { ComputedItemsTable } from './ComputedItemsTable'
import { EligibilityChecklist } from './EligibilityChecklist'
import { ScreeningForm } from './ScreeningForm'
import { SmeCompanyCard } from './SmeCompanyCard'
import { SmeStatusBadge } from './SmeBadges'
import { useSmeApplication } from './useSme'
import { useSmeAccess } from './useSmeAccess'

export interface SmeDrawerProps {
  id: string | null
  onClose: () => void
}

/** Decisions already on the record: the screening and the final selection. */
function RecordedDecisions({ detail }: { detail: SmeDetail }) {
  const { screening, selection } = detail.record
  const labelOf = (code: string) => eligibilityLabel(detail.criteria, code)
  return (
    <>
      {screening && (
        <Alert color={screening.result === 'eligible' ? 'teal' : 'red'} data-testid="sme-screening-done"
          title={`${SME_CARD_TEXT.screeningDone}: ${screening.result === 'eligible' ? SCREENING_TEXT.eligible : SCREENING_TEXT.ineligible}`}>
          {screening.failed_criteria.length > 0 && <Text size="sm">{screening.failed_criteria.map(labelOf).join(', ')}</Text>}
          {screening.note && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {screening.note}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            <StaffName id={screening.by} /> · {formatDateTime(screening.at)}
          </Text>
        </Alert>
      )}
      {selection && (
        <Alert color={selection.selected ? 'teal' : 'orange'} title={`${SME_CARD_TEXT.selectionDone}: ${selection.selected ? COMMITTEE_TEXT.selected : COMMITTEE_TEXT.notSelected}`}>
          {selection.note && <Text size="sm">{selection.note}</Text>}
          <Text size="xs" c="dimmed">
            <StaffName id={selection.by} /> · {formatDateTime(selection.at)}
          </Text>
        </Alert>
      )}
    </>
  )
}

function SmeDetailView({ detail }: { detail: SmeDetail }) {
  const access = useSmeAccess()
  const r = detail.record
  return (
    <Stack gap="lg" data-testid="sme-detail" data-record-id={r.id} data-status={r.status}>
      <div>
        <Group gap="xs" mb={4}>
          <SmeStatusBadge status={r.status} size="lg" data-testid="sme-detail-status" />
          {r.stage && <Badge variant="outline">{SME_STAGE_LABELS[r.stage]}</Badge>}
          <Text size="sm" c="dimmed">
            {r.id} · {r.round} · {SME_CARD_TEXT.version(r.version)}
          </Text>
          {detail.pending_writes > 0 && (
            <Badge color="orange" variant="dot" data-testid="sme-detail-pending">
              {SME_CARD_TEXT.pendingWrites(detail.pending_writes)}
            </Badge>
          )}
          {detail.needs_attention > 0 && (
            <Badge color="red" variant="filled">
              {SME_CARD_TEXT.needsAttention(detail.needs_attention)}
            </Badge>
          )}
        </Group>
        <Title order={3}>{r.company.name}</Title>
        <Tooltip label={SME_CARD_TEXT.freshnessHint}>
          <Text size="xs" c="dimmed" mt={4}>
            {SME_CARD_TEXT.freshness} {formatDateTime(detail.pulled_at)} ({formatRelative(detail.pulled_at)})
          </Text>
        </Tooltip>
      </div>
      <RecordedDecisions detail={detail} />
      <EligibilityChecklist results={detail.eligibility} />
      {access.screens && <ScreeningForm detail={detail} />}
      <Divider />
      <SmeCompanyCard detail={detail} />
      <Divider />
      <section aria-label={SME_CARD_TEXT.computed}>
        <Title order={5} mb={6} c="blue">
          {SME_CARD_TEXT.computed}
        </Title>
        {detail.computed.length > 0 ? (
          <ComputedItemsTable items={detail.computed} withStage />
        ) : (
          <Text size="sm" c="dimmed">
            {SME_CARD_TEXT.noComputed}
          </Text>
        )}
      </section>
    </Stack>
  )
}

/**
 * The company card as a side panel (as 매력일자리's detail): no overlay and no focus trap, so the list
 * and its keyboard-current row stay usable while an application is open.
 */
export function SmeDrawer({ id, onClose }: SmeDrawerProps) {
  const query = useSmeApplication(id)
  return (
    <Drawer
      opened={id !== null}
      onClose={onClose}
      position="right"
      size={640}
      withOverlay={false}
      trapFocus={false}
      closeOnEscape={false}
      lockScroll={false}
      shadow="xl"
      title={SME_CARD_TEXT.drawerTitle}
      closeButtonProps={{ 'aria-label': '닫기' }}
    >
      {query.isPending && id !== null && (
        <Center py="xl">
          <Loader />
        </Center>
      )}
      {query.error && <ErrorAlert error={query.error} />}
      {query.data && <SmeDetailView detail={query.data} />}
    </Drawer>
  )
}
