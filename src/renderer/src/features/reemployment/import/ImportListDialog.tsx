import { useRef, useState } from 'react'
import { Alert, Button, Group, Modal, Stack, Stepper, Switch, Text } from '@mantine/core'
import { useWindowEvent } from '@mantine/hooks'
import { IconFileSpreadsheet } from '@tabler/icons-react'
import {
  IMPORT_ENCODING_LABELS,
  IMPORT_FORMAT_LABELS,
  excludedRows,
  importConfirmSentence
} from '../../../../../shared/domains/reemployment/importLabels'
import type { ImportMapping, ImportPreview } from '../../../../../shared/domains/reemployment/importViews'
import { ErrorAlert } from '../../../components/ErrorDetail'
import { formatCount } from '../../../lib/format'
import { IMPORT_STEP_LABELS, rowsToShow, sameMapping, stepAfterPreview, type ImportStep } from './importSteps'
import { ImportMappingStep } from './ImportMappingStep'
import { ImportPreviewTable } from './ImportPreviewTable'
import { useListImport } from './useListImport'

const STEP_INDEX: Record<ImportStep, number> = { choose: 0, mapping: 1, preview: 2 }

function FileSummary({ preview }: { preview: ImportPreview }) {
  const parts = [preview.fileName, IMPORT_FORMAT_LABELS[preview.format]]
  if (preview.encoding) parts.push(`인코딩 ${IMPORT_ENCODING_LABELS[preview.encoding]}`)
  if (preview.sheetName) parts.push(`시트 ‘${preview.sheetName}’`)
  const { totals } = preview
  return (
    <Stack gap={2}>
      <Group gap={6} wrap="nowrap">
        <IconFileSpreadsheet size={18} style={{ flexShrink: 0 }} />
        <Text size="sm" fw={600} lineClamp={1} data-testid="import-file-summary">
          {parts.join(' · ')}
        </Text>
      </Group>
      <Text
        size="sm"
        data-testid="import-totals"
        data-rows={totals.rows}
        data-valid={totals.valid}
        data-invalid={totals.invalid}
        data-duplicates={totals.duplicates}
      >
        {preview.unmapped.length > 0
          ? `전체 ${formatCount(totals.rows)}행 · 열을 연결하면 행마다 확인합니다`
          : `전체 ${formatCount(totals.rows)}행 · 가져올 수 있는 ${formatCount(totals.valid)}행 · 오류 ${formatCount(totals.invalid)}행 · 중복 ${formatCount(totals.duplicates)}행`}
      </Text>
    </Stack>
  )
}

export interface ImportListDialogProps {
  sessionId: string
  opened: boolean
  onClose: () => void
}

/**
 * 명단 가져오기: 파일 선택 → 열 연결 (when main did not recognise a required header, or on request)
 * → 미리보기 → 가져오기. Main reads the file and keeps it; nothing is queued until the coordinator
 * confirms, and then only the valid rows, as walk-ins the portal places (확정 or 대기) at the next sync.
 * Closing without importing — Esc included — tells main to forget the file. Enter never imports: the
 * confirmation's focus is on 돌아가기.
 */
export function ImportListDialog({ sessionId, opened, onClose }: ImportListDialogProps) {
  const { choose, preview: remap, confirm, discard } = useListImport(sessionId)
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [step, setStep] = useState<ImportStep>('choose')
  const [draft, setDraft] = useState<ImportMapping | null>(null)
  const [onlyProblems, setOnlyProblems] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const backButton = useRef<HTMLButtonElement>(null)

  const reset = () => {
    setPreview(null)
    setStep('choose')
    setDraft(null)
    setOnlyProblems(false)
    setConfirming(false)
    choose.reset()
    remap.reset()
    confirm.reset()
  }

  const close = () => {
    if (confirm.isPending) return
    if (preview) discard.mutate(preview.importId)
    reset()
    onClose()
  }

  // Esc on the confirmation steps back to the preview; elsewhere the modal closes (and discards).
  useWindowEvent('keydown', (event) => {
    if (opened && confirming && event.key === 'Escape' && !confirm.isPending) {
      event.preventDefault()
      setConfirming(false)
    }
  })

  const show = (next: ImportPreview) => {
    setPreview(next)
    setDraft(next.mapping)
    setConfirming(false)
    confirm.reset()
  }

  const pickFile = () => {
    remap.reset()
    choose.mutate(undefined, {
      onSuccess: ({ preview: chosen }) => {
        // Cancelled in the system dialog: whatever was shown stays.
        if (!chosen) return
        if (preview && preview.importId !== chosen.importId) discard.mutate(preview.importId)
        show(chosen)
        setOnlyProblems(false)
        setStep(stepAfterPreview(chosen))
      }
    })
  }

  const applyMapping = () => {
    if (!preview || !draft) return
    remap.mutate(
      { importId: preview.importId, mapping: draft },
      {
        onSuccess: (next) => {
          show(next)
          setStep(stepAfterPreview(next))
        }
      }
    )
  }

  const startConfirm = () => {
    setConfirming(true)
    // After the confirmation is on screen: Enter then answers 돌아가기, never 가져오기.
    requestAnimationFrame(() => backButton.current?.focus())
  }

  const runImport = () => {
    if (!preview) return
    confirm.mutate(
      { importId: preview.importId, mapping: preview.mapping },
      {
        onSuccess: () => {
          reset()
          onClose()
        }
      }
    )
  }

  const valid = preview?.totals.valid ?? 0
  const excluded = preview ? excludedRows(preview.totals) : 0

  return (
    <Modal
      opened={opened}
      onClose={close}
      closeOnEscape={!confirming && !confirm.isPending}
      closeOnClickOutside={false}
      title={<Text fw={700} size="lg">명단 가져오기</Text>}
      size={980}
      centered
      data-testid="import-dialog"
      data-step={confirming ? 'import' : step}
    >
      <Stack gap="md">
        <Stepper active={confirming ? 3 : STEP_INDEX[step]} size="sm" allowNextStepsSelect={false}>
          <Stepper.Step label={IMPORT_STEP_LABELS.choose} />
          <Stepper.Step label={IMPORT_STEP_LABELS.mapping} description={preview && step !== 'mapping' ? '필요할 때만' : undefined} />
          <Stepper.Step label={IMPORT_STEP_LABELS.preview} />
          <Stepper.Step label={IMPORT_STEP_LABELS.import} />
        </Stepper>

        {step === 'choose' && (
          <Stack gap="sm" data-testid="import-choose">
            <Text size="sm">
              현장 접수자나 사전 신청자 명단 파일(.xlsx, .xls, .csv)을 고르세요. 성명, 출생연도, 연락처 열이 있어야 하고 퇴직예정일은 있으면 함께 읽습니다. CSV는
              UTF-8과 CP949(한글 Windows) 모두 읽습니다.
            </Text>
            <Text size="sm" c="dimmed">
              파일은 이 컴퓨터에서만 읽고, 가져오기를 누르기 전에는 아무것도 보낼 목록에 넣지 않습니다. 문서보안(DRM)이 걸린 파일은 보안을 해제한 뒤 고르세요.
            </Text>
          </Stack>
        )}

        {preview && step !== 'choose' && <FileSummary preview={preview} />}

        {Boolean(choose.error) && <ErrorAlert error={choose.error} title="파일을 가져올 수 없습니다" data-testid="import-file-error" />}

        {preview && draft && step === 'mapping' && (
          <ImportMappingStep
            headers={preview.headers}
            mapping={draft}
            onChange={setDraft}
            unmapped={preview.unmapped}
            busy={remap.isPending}
            error={remap.error}
            onApply={applyMapping}
            onBack={preview.unmapped.length === 0 && sameMapping(draft, preview.mapping) ? () => setStep('preview') : null}
          />
        )}

        {preview && step === 'preview' && (
          <Stack gap="sm">
            <Group justify="space-between">
              <Switch
                label="오류·중복 행만 보기"
                checked={onlyProblems}
                onChange={(e) => setOnlyProblems(e.currentTarget.checked)}
                disabled={confirming}
                data-testid="import-only-problems"
              />
              <Button variant="subtle" size="compact-sm" onClick={() => setStep('mapping')} disabled={confirming} data-testid="import-change-mapping">
                열 연결 바꾸기
              </Button>
            </Group>
            <ImportPreviewTable rows={rowsToShow(preview.rows, onlyProblems)} />
            {valid === 0 && (
              <Text size="sm" c="red" data-testid="import-nothing-valid">
                가져올 수 있는 행이 없습니다. 오류를 고친 파일을 다시 고르거나 열 연결을 바꾸세요.
              </Text>
            )}
          </Stack>
        )}

        {confirming && preview && (
          <Alert color="blue" title="가져올까요?" data-testid="import-confirmation">
            <Stack gap="sm">
              <Text size="sm" data-testid="import-confirm-sentence">
                {importConfirmSentence(valid, excluded)}
              </Text>
              <Text size="sm" c="dimmed">
                포털로는 다음 동기화 때 보내며, 확정·대기는 그때 포털이 정합니다. 연결이 없어도 가져올 수 있습니다.
              </Text>
              {Boolean(confirm.error) && <ErrorAlert error={confirm.error} title="명단을 가져오지 못했습니다" />}
              <Group justify="flex-end" gap="sm">
                <Button ref={backButton} variant="default" onClick={() => setConfirming(false)} disabled={confirm.isPending}>
                  돌아가기
                </Button>
                <Button color="grape" onClick={runImport} loading={confirm.isPending} data-testid="import-confirm">
                  {formatCount(valid)}명 가져오기
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}

        {!confirming && (
          <Group justify="space-between">
            <Button variant="default" onClick={close}>
              닫기
            </Button>
            <Group gap="sm">
              <Button
                variant={preview ? 'default' : 'filled'}
                leftSection={<IconFileSpreadsheet size={18} />}
                onClick={pickFile}
                loading={choose.isPending}
                data-testid="import-choose-file"
              >
                {preview ? '다른 파일 선택…' : '파일 선택…'}
              </Button>
              {preview && step === 'preview' && (
                <Button color="grape" onClick={startConfirm} disabled={valid === 0} data-testid="import-start">
                  가져오기 ({formatCount(valid)}명)
                </Button>
              )}
            </Group>
          </Group>
        )}
      </Stack>
    </Modal>
  )
}
