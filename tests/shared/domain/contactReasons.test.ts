import { describe, expect, it } from 'vitest'
import { CONTACT_REASON_PRESETS, contactReasonProblem, presetReasonText } from '../../../src/shared/domain/contactReasons'
import { ContactRequest } from '../../../src/shared/ipc/privacyViews'

describe('contact look-up reasons', () => {
  it('every preset but 직접 입력 is a reason main accepts as it stands', () => {
    expect(presetReasonText('custom')).toBe('')
    for (const preset of CONTACT_REASON_PRESETS.filter((p) => p.value !== 'custom')) {
      const text = presetReasonText(preset.value)
      expect(text).toBe(preset.label)
      expect(contactReasonProblem(text), preset.label).toBeNull()
      expect(ContactRequest.safeParse({ id: 'AJ-1', reason: text }).success, preset.label).toBe(true)
    }
  })

  it('checks a typed reason by the rule main applies (five characters, spaces at the ends not counted)', () => {
    for (const text of ['', '확인', '  사유  ', '전화 확인', '  수료증 발급 안내  ', '가'.repeat(200), '가'.repeat(201)]) {
      const accepted = ContactRequest.safeParse({ id: 'AJ-1', reason: text }).success
      expect(contactReasonProblem(text) === null, JSON.stringify(text)).toBe(accepted)
    }
    expect(contactReasonProblem('확인')).toBe('사유를 5자 이상 적으세요. (지금 2자)')
    expect(contactReasonProblem('가'.repeat(201))).toBe('사유는 200자까지 적을 수 있습니다. (지금 201자)')
  })
})
