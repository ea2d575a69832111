import { useMemo } from 'react'
import { Alert, Button, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core'
import { IMPORT_FIELD_LABELS, IMPORT_FIELD_ORDER } from '../../../../../shared/domains/reemployment/importLabels'
import { REQUIRED_IMPORT_FIELDS, type ImportField, type ImportMapping } from '../../../../../shared/domains/reemployment/importViews'
import { ErrorAlert } from '../../../components/ErrorDetail'
import { columnLabel, mappingProblems } from './importSteps'

export interface ImportMappingStepProps {
  headers: readonly string[]
  mapping: ImportMapping
  onChange: (mapping: ImportMapping) => void
  /** Required fields main found no column for in the file as read (said once, above the fields). */
  unmapped: readonly ImportField[]
  busy: boolean
  error: unknown
  onApply: () => void
  /** Back to the preview without applying (only when the mapping shown is the preview's). */
  onBack: (() => void) | null
}

/** 열 연결: which column of the file holds each field, prefilled with what main recognised. */
export function ImportMappingStep({ headers, mapping, onChange, unmapped, busy, error, onApply, onBack }: ImportMappingStepProps) {
  const options = useMemo(() => headers.map((header, index) => ({ value: String(index), label: columnLabel(index, header) })), [headers])
  const problems = mappingProblems(mapping)
  const blocked = Object.keys(problems).length > 0

  const choose = (field: ImportField, value: string | null) => onChange({ ...mapping, [field]: value === null ? null : Number(value) })

  return (
    <Stack gap="md" data-testid="import-mapping">
      {unmapped.length > 0 && (
        <Alert color="yellow" data-testid="import-unmapped">
          <Text size="sm">
            파일의 열 제목으로는 다음 항목을 알아보지 못했습니다: {unmapped.map((f) => IMPORT_FIELD_LABELS[f]).join(', ')}. 각 항목이 든 열을 골라 주세요.
          </Text>
        </Alert>
      )}
      <SimpleGrid cols={2} spacing="md">
        {IMPORT_FIELD_ORDER.map((field) => {
          const required = REQUIRED_IMPORT_FIELDS.includes(field)
          const value = mapping[field]
          return (
            <Select
              key={field}
              label={IMPORT_FIELD_LABELS[field]}
              description={required ? '필수' : '선택 — 없으면 비워 두세요'}
              withAsterisk={required}
              placeholder="열을 고르세요"
              data={options}
              value={value === null ? null : String(value)}
              onChange={(next) => choose(field, next)}
              clearable={!required}
              allowDeselect={!required}
              searchable
              nothingFoundMessage="맞는 열이 없습니다"
              error={problems[field]}
              data-testid={`import-map-${field}`}
            />
          )
        })}
      </SimpleGrid>
      {Boolean(error) && <ErrorAlert error={error} title="열 연결을 적용하지 못했습니다" />}
      <Group justify="flex-end" gap="sm">
        {onBack && (
          <Button variant="default" onClick={onBack}>
            미리보기로 돌아가기
          </Button>
        )}
        <Button onClick={onApply} disabled={blocked} loading={busy} data-testid="import-apply-mapping">
          다시 미리보기
        </Button>
      </Group>
    </Stack>
  )
}
