import { useState, type FormEvent } from 'react'
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core'
import { ApiError, issueAt } from '../../api'
import { KOREAN_MOBILE_MESSAGE, birthYearProblem, isKoreanMobile } from '../../../../shared/domains/reemployment/rules'
import type { WalkInResult } from '../../../../shared/domains/reemployment/views'
import { ErrorAlert } from '../../components/ErrorDetail'
import { useWalkInMutation } from './useReemploymentActions'

/** Above check-in mode's full-window layer. */
export const CHECK_IN_DIALOG_Z = 460

export interface WalkInDone {
  result: WalkInResult
  /** The name as typed: only to search for the new row (the cache holds the mask). */
  name: string
}

interface FieldErrors {
  name?: string | null
  birthYear?: string | null
  phone?: string | null
}

function checkFields(name: string, birthYear: string, phone: string): FieldErrors {
  const year = Number(birthYear)
  return {
    name: name.trim() === '' ? '이름을 입력하세요.' : null,
    birthYear: birthYear.trim() === '' ? '출생연도를 입력하세요.' : birthYearProblem(year, new Date()),
    phone: phone.trim() === '' ? '전화번호를 입력하세요.' : isKoreanMobile(phone) ? null : KOREAN_MOBILE_MESSAGE
  }
}

/**
 * 현장 접수: name, birth year and mobile number of someone at the door. Offline it is queued like any
 * write; the portal decides 확정 or 대기 when it hears of it (a full session waitlists).
 */
export function WalkInDialog({ sessionId, opened, onClose, onDone }: { sessionId: string; opened: boolean; onClose: () => void; onDone: (done: WalkInDone) => void }) {
  const [name, setName] = useState('')
  const [birthYear, setBirthYear] = useState('')
  const [phone, setPhone] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const walkIn = useWalkInMutation(sessionId)
  const refused = walkIn.error
  const fieldError = (field: keyof FieldErrors) => errors[field] ?? issueAt(refused, field)
  const otherError = refused && !['name', 'birthYear', 'phone'].some((f) => issueAt(refused, f)) ? refused : null

  const reset = () => {
    setName('')
    setBirthYear('')
    setPhone('')
    setErrors({})
    walkIn.reset()
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found = checkFields(name, birthYear, phone)
    setErrors(found)
    if (found.name || found.birthYear || found.phone) return
    const typed = name.trim()
    walkIn.mutate(
      { name: typed, birthYear: Number(birthYear), phone: phone.trim() },
      {
        onSuccess: (result) => {
          reset()
          onDone({ result, name: typed })
        }
      }
    )
  }

  return (
    <Modal
      opened={opened}
      onClose={() => {
        reset()
        onClose()
      }}
      title={<Text fw={700} size="xl">현장 접수</Text>}
      size="lg"
      centered
      zIndex={CHECK_IN_DIALOG_Z}
      data-testid="walk-in-dialog"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput size="lg" label="성명" data-autofocus value={name} onChange={(e) => setName(e.currentTarget.value)} error={fieldError('name')} autoComplete="off" />
          <TextInput
            size="lg"
            label="출생연도"
            placeholder="예: 1968"
            inputMode="numeric"
            maxLength={4}
            value={birthYear}
            onChange={(e) => setBirthYear(e.currentTarget.value.replace(/\D/g, ''))}
            error={fieldError('birthYear')}
            autoComplete="off"
          />
          <TextInput
            size="lg"
            label="휴대전화"
            placeholder="010-1234-5678"
            inputMode="tel"
            value={phone}
            onChange={(e) => setPhone(e.currentTarget.value)}
            error={fieldError('phone')}
            autoComplete="off"
          />
          {otherError && <ErrorAlert error={otherError} title="현장 접수를 저장하지 못했습니다" />}
          {refused instanceof ApiError && refused.code === 'validation_failed' && !otherError && (
            <Text size="sm" c="red">
              입력한 내용을 확인하세요.
            </Text>
          )}
          <Text size="sm" c="dimmed">
            전체 이름과 전화번호는 포털로 보낸 뒤 이 컴퓨터에 남기지 않습니다. 정원이 차 있으면 포털이 대기자로 등록합니다.
          </Text>
          <Group justify="flex-end">
            <Button
              variant="default"
              size="lg"
              onClick={() => {
                reset()
                onClose()
              }}
            >
              닫기
            </Button>
            <Button type="submit" size="lg" color="grape" loading={walkIn.isPending}>
              접수
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
