import { useState, type FormEvent } from 'react'
import { Radio, Stack, TextInput } from '@mantine/core'
import type { ProxySettings } from '../../../../shared/ipc/views'
import { issueAt } from '../../api'
import { parseProxyForm, type ProxyFormValues } from './settingsForm'
import { useUpdateProxy } from './useSettings'
import { SettingsFormFooter } from './SettingsFormFooter'

/** 네트워크: the Windows proxy settings (as Edge uses them) or a proxy typed here; checked as typed and again by main. */
export function NetworkSettingsForm({ proxy }: { proxy: ProxySettings }) {
  const [values, setValues] = useState<ProxyFormValues>(
    proxy.mode === 'manual' ? { mode: 'manual', server: proxy.server, bypass: proxy.bypass } : { mode: 'system', server: '', bypass: '' }
  )
  const [typed, setTyped] = useState<{ server: string | null; bypass: string | null }>({ server: null, bypass: null })
  const update = useUpdateProxy()
  const serverError = typed.server ?? issueAt(update.error, 'proxy.server')
  const bypassError = typed.bypass ?? issueAt(update.error, 'proxy.bypass')

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    const parsed = parseProxyForm(values)
    setTyped(parsed.ok ? { server: null, bypass: null } : parsed.errors)
    if (parsed.ok) update.mutate(parsed.value)
  }
  const change = (patch: Partial<ProxyFormValues>) => {
    setValues((v) => ({ ...v, ...patch }))
    setTyped({ server: null, bypass: null })
  }

  return (
    <form onSubmit={onSubmit} noValidate data-testid="network-settings">
      <Stack gap="sm">
        <Radio.Group label="프록시" value={values.mode} onChange={(mode) => change({ mode: mode === 'manual' ? 'manual' : 'system' })}>
          <Stack gap={6} mt={6}>
            <Radio value="system" label="시스템 설정 사용 (Windows 프록시 설정·PAC, 권장)" />
            <Radio value="manual" label="직접 지정" />
          </Stack>
        </Radio.Group>
        {values.mode === 'manual' && (
          <>
            <TextInput
              label="프록시 서버"
              description="호스트:포트 (예: proxy.seoul.go.kr:8080). 아이디와 비밀번호는 넣지 않습니다."
              value={values.server}
              onChange={(e) => change({ server: e.currentTarget.value })}
              error={serverError}
              w={420}
            />
            <TextInput
              label="프록시를 거치지 않을 주소"
              description="쉼표나 세미콜론으로 구분합니다 (예: *.seoul.go.kr;localhost)."
              value={values.bypass}
              onChange={(e) => change({ bypass: e.currentTarget.value })}
              error={bypassError}
              w={420}
            />
          </>
        )}
        <SettingsFormFooter error={update.error} shownOnField={Boolean(serverError || bypassError)} pending={update.isPending} />
      </Stack>
    </form>
  )
}
