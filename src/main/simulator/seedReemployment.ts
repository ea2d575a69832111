/** Seeded 재취업 sessions (December 2026) and registrations (portal-admin-api.md §7). */
import type { ReemploymentRegistration, ReemploymentSession } from '../../shared/portal/reemployment'
import { maskName, maskPhone, phoneLast4 } from '../../shared/domain/masking'
import { mobilePhone, personName } from './data/people'
import type { PrivateData } from './store'
import { kstInstant, kstMs, pad, type Rng } from './util'

export const COORDINATOR_IDS = ['S-0041', 'S-0042']

const SESSION_DAYS = ['2026-12-03', '2026-12-04', '2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-14', '2026-12-15', '2026-12-16', '2026-12-17', '2026-12-18']
const EDU_VENUES = ['서울일자리센터 교육장', '서울시50플러스 중부캠퍼스 강의실', '서울시50플러스 남부캠퍼스 세미나실', '서울시50플러스 서부캠퍼스 다목적실', '마포구 일자리센터 교육장']
const CONSULT_VENUES = ['서울일자리센터 상담실 1', '서울일자리센터 상담실 2', '서울일자리센터 상담실 3', '중장년일자리희망센터 상담실']
const EDU_TITLES: Record<'career_design' | 'job_placement' | 'education', string> = {
  career_design: '퇴직 예정자 경력·적성 진단과 진로설계',
  job_placement: '퇴직 예정자 취업알선 설명회',
  education: '퇴직 예정자 재취업·창업 교육'
}
const EMPLOYERS = ['서울교통공사', '서울시설공단', '(주)한강물산', '한빛은행', '대한상사(주)', '서울특별시 공무직', '미래건설(주)', '누리유통(주)', '서울의료원', '청계정밀(주)']
const JOB_FIELDS = ['회계·경리', '시설관리', '총무·인사', '영업', '생산관리', '운전·운송', '전산·IT', '경비·보안', '간호·의료', '조리·급식']

export interface SeededSession {
  record: ReemploymentSession
  weight: number
  registered: number
  waitlisted: number
}

export function seedSession(rng: Rng, n: number, total: number): SeededSession {
  const day = SESSION_DAYS[(n - 1) % SESSION_DAYS.length] ?? '2026-12-09'
  const education = rng.chance(0.6)
  const serviceType = education ? rng.pick(['career_design', 'job_placement', 'education'] as const) : rng.pick(['career_design', 'job_placement'] as const)
  const startHour = education ? 14 : rng.int(10, 16)
  const hours = education ? 3 : 1
  const status = day <= '2026-12-04' ? 'completed' : rng.weighted([['open', 86], ['closed', 9], ['cancelled', 5]] as const)
  const counselor = personName(rng)
  const record: ReemploymentSession = {
    id: `RS-2026-12-${pad(n, Math.max(2, String(total).length))}`,
    version: status === 'open' ? 1 : 2,
    updated_at: kstInstant(kstMs('2026-11-20', '09:00') + n * 60_000),
    kind: education ? 'education' : 'consultation',
    service_type: serviceType,
    title: education ? `${EDU_TITLES[serviceType]} ${Math.ceil(n / 3)}차` : `1:1 ${serviceType === 'career_design' ? '진로설계' : '취업알선'} 상담 (${counselor} 상담사)`,
    starts_at: `${day}T${pad(startHour, 2)}:00:00+09:00`,
    ends_at: `${day}T${pad(startHour + hours, 2)}:00:00+09:00`,
    hours,
    venue: education ? rng.pick(EDU_VENUES) : rng.pick(CONSULT_VENUES),
    instructor: education ? `${personName(rng)} (${rng.pick(['노사발전재단', '서울시50플러스재단', '한국생산성본부', '커리어컨설팅 전문강사'])})` : `${counselor} 직업상담사`,
    capacity: education ? rng.int(30, 40) : 1,
    status
  }
  return { record, weight: education ? rng.int(15, 48) : rng.int(1, 3), registered: 0, waitlisted: 0 }
}

export function seedRegistration(rng: Rng, n: number, session: SeededSession): { record: ReemploymentRegistration; priv: PrivateData } {
  const name = personName(rng)
  const phone = mobilePhone(rng)
  let status: ReemploymentRegistration['status'] = 'cancelled'
  let rank: number | null = null
  if (!rng.chance(0.05)) {
    if (session.registered < session.record.capacity) {
      status = 'registered'
      session.registered += 1
    } else {
      status = 'waitlisted'
      session.waitlisted += 1
      rank = session.waitlisted
    }
  }
  const attended = status === 'registered' && session.record.status === 'completed'
  const registeredMs = kstMs(`2026-11-${pad(rng.int(1, 28), 2)}`, `${pad(rng.int(9, 18), 2)}:${pad(rng.int(0, 59), 2)}`)
  const attendance = attended
    ? {
        status: rng.weighted([['present', 80], ['late', 8], ['left_early', 4], ['absent', 8]] as const),
        checked_at: kstInstant(Date.parse(session.record.starts_at) + rng.int(-10, 20) * 60_000),
        checked_by: rng.pick(COORDINATOR_IDS)
      }
    : null
  const record: ReemploymentRegistration = {
    id: `RR-2026-${pad(n, 6)}`,
    version: 1 + (attendance ? 1 : 0) + (status === 'cancelled' ? 1 : 0),
    updated_at: kstInstant(attendance ? Date.parse(attendance.checked_at) : registeredMs + 3600_000),
    session_id: session.record.id,
    person: { name: maskName(name), birth_year: rng.int(1960, 1976), phone: maskPhone(phone), phone_last4: phoneLast4(phone) },
    career: rng.chance(0.9)
      ? { last_employer: rng.pick(EMPLOYERS), job_field: rng.pick(JOB_FIELDS), years: rng.int(8, 35), employment_type: rng.weighted([['regular', 7], ['fixed_term', 2], ['other', 1]] as const) }
      : null,
    expected_retirement: `${rng.int(2026, 2029)}-${rng.pick(['06-30', '12-31', '03-31', '09-30'])}`,
    retirement_reason: rng.weighted([['retirement_age', 6], ['contract_end', 2], ['voluntary_early', 1], ['business_reasons', 1], ['other', 0.3]] as const),
    status,
    waitlist_rank: rank,
    attendance,
    registered_at: kstInstant(registeredMs),
    client_ref: null
  }
  return { record, priv: { contact: { name, phone } } }
}
