import { ATTRACTIVE_JOB_FIELD_LABELS } from '../domains/attractive-jobs/labels'
import { REEMPLOYMENT_REGISTRATION_FIELD_LABELS, REEMPLOYMENT_SESSION_FIELD_LABELS } from '../domains/reemployment/labels'
import { SME_APPLICATION_FIELD_LABELS } from '../domains/sme/labels'
import type { InboxItem } from '../ipc/outboxViews'
import type { CollectionName, Role } from '../portal'

/**
 * Korean labels every screen shares; each domain's own are in src/shared/domains/<name>/labels.ts.
 * Components never spell these out.
 */
export const COLLECTION_LABELS: Record<CollectionName, string> = {
  'attractive-jobs': '매력일자리',
  'sme-applications': '서울형 강소기업',
  'reemployment-sessions': '재취업 교육·상담 회차',
  'reemployment-registrations': '재취업 신청자'
}

/** A role as staff call the permission ("매력일자리 검토 권한"). */
export const ROLE_LABELS: Record<Role, string> = {
  attractive_jobs_reviewer: '매력일자리 검토',
  sme_screener: '강소기업 자격검토',
  sme_evaluator: '강소기업 심사',
  reemployment_coordinator: '재취업 지원',
  manager: '관리자'
}

/** Why a 확인 필요 entry is there: the portal had a newer version, or it refused the change. */
export const INBOX_STATE_LABELS: Record<InboxItem['state'], string> = {
  conflict: '충돌',
  rejected: '거절'
}

/**
 * Record paths every collection has. Each domain adds its own (ATTRACTIVE_JOB_FIELD_LABELS in
 * src/shared/domains/attractive-jobs/labels.ts, …); `fieldLabel` reads both.
 */
export const RECORD_FIELD_LABELS: Readonly<Record<string, string>> = {
  id: '자료 번호',
  version: '버전',
  updated_at: '최종 수정 시각',
  deleted: '삭제 표시',
  status: '상태'
}

const COLLECTION_FIELD_LABELS: Record<CollectionName, Readonly<Record<string, string>>> = {
  'attractive-jobs': ATTRACTIVE_JOB_FIELD_LABELS,
  'sme-applications': SME_APPLICATION_FIELD_LABELS,
  'reemployment-sessions': REEMPLOYMENT_SESSION_FIELD_LABELS,
  'reemployment-registrations': REEMPLOYMENT_REGISTRATION_FIELD_LABELS
}

const INDEX = /^\d+$/

/**
 * The Korean name of a field of a record in `collection`, for every place a path reaches a person
 * (확인 필요, quarantine reasons): `hourly_wage` → 시급, `comments.0.body` → 의견 — 내용 (1번째).
 * Array positions are left out of the lookup and said after the name; a path without a label of its
 * own is named by its nearest labelled parent ("기관 · grade"), and shows as sent otherwise.
 */
export function fieldLabel(collection: CollectionName, path: string): string {
  if (path === '') return '자료 전체'
  const labels = COLLECTION_FIELD_LABELS[collection]
  const lookup = (key: string) => labels[key] ?? RECORD_FIELD_LABELS[key]
  const exact = lookup(path)
  if (exact) return exact
  const segments = path.split('.')
  const names = segments.filter((s) => !INDEX.test(s))
  const positions = segments.filter((s) => INDEX.test(s)).map((s) => `${Number(s) + 1}번째`)
  const position = positions.length > 0 ? ` (${positions.join(', ')})` : ''
  for (let length = names.length; length > 0; length -= 1) {
    const label = lookup(names.slice(0, length).join('.'))
    if (label) {
      const rest = names.slice(length).join('.')
      return `${label}${rest ? ` · ${rest}` : ''}${position}`
    }
  }
  return path
}

/**
 * Inputs of the app's own forms and calls, named as the forms name them, for validation messages
 * (`portalUrl` → 포털 주소). Looked up by the full path, then by its last name.
 */
export const INPUT_FIELD_LABELS: Readonly<Record<string, string>> = {
  username: '아이디',
  password: '비밀번호',
  portalUrl: '포털 주소',
  reason: '사유',
  body: '의견',
  action: '처리',
  id: '자료 번호',
  ids: '고른 자료',
  seq: '항목 번호',
  search: '검색어',
  'filter.search': '검색어',
  statuses: '상태',
  page: '쪽 번호',
  pageSize: '한 쪽 건수',
  name: '이름',
  phone: '전화번호',
  birthYear: '출생연도'
}

export function inputFieldLabel(path: string): string | null {
  if (INPUT_FIELD_LABELS[path]) return INPUT_FIELD_LABELS[path]
  const last = path
    .split('.')
    .filter((s) => !INDEX.test(s))
    .at(-1)
  return (last && INPUT_FIELD_LABELS[last]) || null
}

/** Where the 보유기간 in force comes from: the app's default until the division enters its 처리방침's value. */
export const RETENTION_SOURCE_LABELS: Record<'default' | 'set', string> = { default: '기본값', set: '설정됨' }
