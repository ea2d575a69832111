import { useState, type FormEvent } from 'react'
import { NumberInput, Stack } from '@mantine/core'
import type { Settings } from '../../../../shared/ipc/views'
import { IDLE_LOCK_MINUTES, RETENTION_DAYS, SYNC_INTERVAL_MINUTES } from '../../../../shared/ipc/views'
import { issueAt } from '../../api'
import { securityFormErrors, securityFormSettings, type SecurityFormValues } from './settingsForm'
import { useUpdateSecuritySettings } from './useSettings'
import { SettingsFormFooter } from './SettingsFormFooter'

/** 동기화 간격, 자동 잠금 and 보유기간: checked as typed (Korean messages under each field), checked again by main. */
export function SecuritySettingsForm({ settings }: { settings: Settings }) {
  const [values, setValues] = useState<SecurityFormValues>({
    syncIntervalMinutes: settings.syncIntervalMinutes,
    idleLockMinutes: settings.idleLockMinutes,
    retentionDays: settings.retentionDays
  })
  const [submitted, setSubmitted] = useState(false)
  const update = useUpdateSecuritySettings()
  const errors = securityFormErrors(values)
  const shown = {
    syncIntervalMinutes: (submitted ? errors.syncIntervalMinutes : null) ?? issueAt(update.error, 'syncIntervalMinutes'),
    idleLockMinutes: (submitted ? errors.idleLockMinutes : null) ?? issueAt(update.error, 'idleLockMinutes'),
    retentionDays: (submitted ? errors.retentionDays : null) ?? issueAt(update.error, 'retentionDays')
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    setSubmitted(true)
    const input = securityFormSettings(values)
    if (input) update.mutate(input)
  }

  return (
    <form onSubmit={onSubmit} noValidate data-testid="security-settings">
      <Stack gap="sm">
        <NumberInput
          label="동기화 간격 (분)"
          description={`포털에 연결되어 있을 때 이 간격마다 자료를 받고 보낼 것을 보냅니다. 바꾸면 바로 적용됩니다 (${SYNC_INTERVAL_MINUTES.min}~${SYNC_INTERVAL_MINUTES.max}분, 기본 ${SYNC_INTERVAL_MINUTES.default}분).`}
          value={values.syncIntervalMinutes}
          onChange={(syncIntervalMinutes) => setValues((v) => ({ ...v, syncIntervalMinutes }))}
          allowDecimal={false}
          allowNegative={false}
          w={360}
          error={shown.syncIntervalMinutes}
          data-testid="sync-interval"
        />
        <NumberInput
          label="자동 잠금 (분)"
          description={`이 시간 동안 키보드·마우스 입력이 없으면 화면을 잠그고 자료를 가립니다 (${IDLE_LOCK_MINUTES.min}~${IDLE_LOCK_MINUTES.max}분, 기본 ${IDLE_LOCK_MINUTES.default}분).`}
          value={values.idleLockMinutes}
          onChange={(idleLockMinutes) => setValues((v) => ({ ...v, idleLockMinutes }))}
          allowDecimal={false}
          allowNegative={false}
          w={360}
          error={shown.idleLockMinutes}
        />
        <NumberInput
          label="재취업 명단 보유기간 (일)"
          description={`교육이 끝난 지 이 기간이 지난 재취업 등록은 이 컴퓨터의 캐시에서 지웁니다. 부서 개인정보 처리방침의 보유기간을 따릅니다 (${RETENTION_DAYS.min}~${RETENTION_DAYS.max}일, 기본 ${RETENTION_DAYS.default}일).`}
          value={values.retentionDays}
          onChange={(retentionDays) => setValues((v) => ({ ...v, retentionDays }))}
          allowDecimal={false}
          allowNegative={false}
          w={360}
          error={shown.retentionDays}
        />
        <SettingsFormFooter error={update.error} shownOnField={Boolean(shown.syncIntervalMinutes || shown.idleLockMinutes || shown.retentionDays)} pending={update.isPending} />
      </Stack>
    </form>
  )
}
