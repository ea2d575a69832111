import { useState } from 'react'
import { Alert, Button, Group, Loader, Modal, Text } from '@mantine/core'
import { INTEGRITY_PLEDGE, SHEET_TEXT } from '../../../../../shared/domains/sme/viewLabels'
import type { SmeStage } from '../../../../../shared/portal'
import { ErrorAlert } from '../../../components/ErrorDetail'
import { PledgeDialog } from '../sheets/PledgeDialog'
import { ScoreSheetForm } from '../sheets/ScoreSheetForm'
import { usePledgeStatus, useScoreMutation, useScoreSheet } from '../sheets/useSheets'

export interface ManagerSheetTarget {
  id: string
  round: string
  stage: SmeStage
  evaluatorId: string
  /** 위원 A … */
  evaluatorLabel: string
}

/** A manager opens any evaluator's sheet from the committee view (writing it needs the manager's own pledge). */
export function ManagerSheetModal({ target, onClose }: { target: ManagerSheetTarget; onClose: () => void }) {
  const sheet = useScoreSheet({ id: target.id, stage: target.stage, evaluatorId: target.evaluatorId })
  const pledge = usePledgeStatus(target.round)
  const score = useScoreMutation()
  const [pledgeOpen, setPledgeOpen] = useState(false)
  const needsPledge = pledge.data !== undefined && pledge.data.confirmedAt === null
  return (
    <Modal opened onClose={onClose} size="xl" title={SHEET_TEXT.managerView(target.evaluatorLabel)} closeButtonProps={{ 'aria-label': '닫기' }}>
      {sheet.isPending && <Loader size="sm" />}
      {sheet.error && <ErrorAlert error={sheet.error} />}
      {needsPledge && (
        <Alert color="yellow" mb="sm">
          <Group justify="space-between">
            <Text size="sm">{INTEGRITY_PLEDGE.required}</Text>
            <Button size="xs" onClick={() => setPledgeOpen(true)}>
              {INTEGRITY_PLEDGE.title}
            </Button>
          </Group>
        </Alert>
      )}
      {sheet.data && (
        <ScoreSheetForm
          key={`${sheet.data.id}:${sheet.data.stage}:${sheet.data.evaluator_id}`}
          sheet={sheet.data}
          lockedReason={needsPledge ? INTEGRITY_PLEDGE.required : null}
          saving={score.isPending}
          heading={`${target.evaluatorLabel} · ${target.evaluatorId}`}
          onSave={(input) => {
            if (!input) {
              onClose()
              return
            }
            score.mutate({ id: target.id, stage: target.stage, evaluatorId: target.evaluatorId, ...input }, { onSuccess: onClose })
          }}
        />
      )}
      <PledgeDialog round={target.round} opened={pledgeOpen} onClose={() => setPledgeOpen(false)} />
    </Modal>
  )
}
