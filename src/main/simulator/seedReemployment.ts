/**
 * Seeded 재취업 data for December 2026 (portal-admin-api.md §7): two-day education courses (`course`)
 * beside one-off education sessions and 1:1 consultations, and the members (`person.id`) who register —
 * a share of course participants book one or two consultations after the course.
 */
import type { ReemploymentRegistration, ReemploymentSession } from '../../shared/portal/reemployment'
import { maskName, maskPhone, phoneLast4 } from '../../shared/domain/masking'
import { mobilePhone, personName } from './data/people'
import type { PrivateData, SeedRow } from './store'
import { kstInstant, kstMs, pad, type Rng } from './util'

export const COORDINATOR_IDS = ['S-0041', 'S-0042']

/** Sessions held before this day are over (`completed`) and carry attendance. */
export const COMPLETED_BEFORE = '2026-12-05'

/** The working days of December 2026 (weekdays, 성탄절 excluded). */
export const DECEMBER_DAYS: readonly string[] = Array.from({ length: 31 }, (_, i) => `2026-12-${pad(i + 1, 2)}`).filter((day) => {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay()
  return weekday !== 0 && weekday !== 6 && day !== '2026-12-25'
})

const EDU_VENUES = ['서울일자리센터 교육장', '서울시50플러스 중부캠퍼스 강의실', '서울시50플러스 남부캠퍼스 세미나실', '서울시50플러스 서부캠퍼스 다목적실', '마포구 일자리센터 교육장']
const CONSULT_VENUES = ['서울일자리센터 상담실 1', '서울일자리센터 상담실 2', '서울일자리센터 상담실 3', '중장년일자리희망센터 상담실']
const EDU_TITLES: Record<'career_design' | 'job_placement' | 'education', string> = {
  career_design: '퇴직 예정자 경력·적성 진단과 진로설계',
  job_placement: '퇴직 예정자 취업알선 설명회',
  education: '퇴직 예정자 재취업·창업 교육'
}
const INSTRUCTOR_ORGS = ['노사발전재단', '서울시50플러스재단', '한국생산성본부', '커리어컨설팅 전문강사']
const EMPLOYERS = ['서울교통공사', '서울시설공단', '(주)한강물산', '한빛은행', '대한상사(주)', '서울특별시 공무직', '미래건설(주)', '누리유통(주)', '서울의료원', '청계정밀(주)']
const JOB_FIELDS = ['회계·경리', '시설관리', '총무·인사', '영업', '생산관리', '운전·운송', '전산·IT', '경비·보안', '간호·의료', '조리·급식']

/** The order units are laid out in, repeated: 10 sessions per round (two courses of two days). */
const UNIT_PATTERN = ['course', 'consultation', 'education', 'consultation', 'consultation', 'course', 'consultation', 'consultation'] as const
type UnitKind = (typeof UNIT_PATTERN)[number]

export interface SeededSession {
  record: ReemploymentSession
  registered: number
  waitlisted: number
}

/** What registrations are drawn by: a course (all its days at once), a one-off session, a consultation. */
interface Unit {
  kind: UnitKind
  sessions: SeededSession[]
  weight: number
}

export interface Member {
  id: string
  name: string
  phone: string
  birthYear: number
  career: ReemploymentRegistration['career']
  expectedRetirement: string
  retirementReason: NonNullable<ReemploymentRegistration['retirement_reason']>
}

function sessionRecord(n: number, total: number, fields: Omit<ReemploymentSession, 'id' | 'version' | 'updated_at'>): SeededSession {
  return {
    record: {
      id: `RS-2026-12-${pad(n, Math.max(2, String(total).length))}`,
      version: fields.status === 'open' ? 1 : 2,
      updated_at: kstInstant(kstMs('2026-11-20', '09:00') + n * 60_000),
      ...fields
    },
    registered: 0,
    waitlisted: 0
  }
}

function statusOn(day: string, planned: 'open' | 'closed' | 'cancelled'): ReemploymentSession['status'] {
  if (planned === 'cancelled') return 'cancelled'
  return day < COMPLETED_BEFORE ? 'completed' : planned
}

/** `total` sessions, laid out over December's working days in the order of UNIT_PATTERN. */
export function seedSessions(rng: Rng, total: number): Unit[] {
  const units: Unit[] = []
  let made = 0
  let courseNo = 0
  for (let u = 0; made < total; u += 1) {
    let kind: UnitKind = UNIT_PATTERN[u % UNIT_PATTERN.length]!
    if (kind === 'course' && total - made < 2) kind = 'education'
    const dayIndex = u % DECEMBER_DAYS.length
    const planned = rng.weighted([['open', 86], ['closed', 9], ['cancelled', 5]] as const)
    if (kind === 'course') {
      courseNo += 1
      const first = Math.min(dayIndex, DECEMBER_DAYS.length - 2)
      const serviceType = rng.pick(['career_design', 'education'] as const)
      const course = { id: `RC-2026-12-${pad(courseNo, 2)}`, title: `퇴직 예정자 재취업 설계 과정 ${courseNo}기`, days: 2 }
      const venue = rng.pick(EDU_VENUES)
      const instructor = `${personName(rng)} (${rng.pick(INSTRUCTOR_ORGS)})`
      const capacity = rng.int(20, 40)
      const sessions = [0, 1].map((offset) => {
        const day = DECEMBER_DAYS[first + offset]!
        made += 1
        return sessionRecord(made, total, {
          kind: 'education',
          service_type: serviceType,
          title: `${course.title} ${offset + 1}일차`,
          starts_at: `${day}T13:00:00+09:00`,
          ends_at: `${day}T17:00:00+09:00`,
          hours: 4,
          venue,
          instructor,
          course: { ...course, day: offset + 1 },
          capacity,
          status: statusOn(day, planned)
        })
      })
      units.push({ kind, sessions, weight: rng.int(15, 45) })
    } else if (kind === 'education') {
      const day = DECEMBER_DAYS[dayIndex]!
      const serviceType = rng.pick(['career_design', 'job_placement', 'education'] as const)
      made += 1
      const session = sessionRecord(made, total, {
        kind: 'education',
        service_type: serviceType,
        title: `${EDU_TITLES[serviceType]} ${Math.ceil(made / 3)}차`,
        starts_at: `${day}T14:00:00+09:00`,
        ends_at: `${day}T17:00:00+09:00`,
        hours: 3,
        venue: rng.pick(EDU_VENUES),
        instructor: `${personName(rng)} (${rng.pick(INSTRUCTOR_ORGS)})`,
        course: null,
        capacity: rng.int(20, 40),
        status: statusOn(day, planned)
      })
      units.push({ kind, sessions: [session], weight: rng.int(15, 48) })
    } else {
      const day = DECEMBER_DAYS[dayIndex]!
      const serviceType = rng.pick(['career_design', 'job_placement'] as const)
      const counselor = personName(rng)
      const hour = rng.int(10, 16)
      made += 1
      const session = sessionRecord(made, total, {
        kind: 'consultation',
        service_type: serviceType,
        title: `1:1 ${serviceType === 'career_design' ? '진로설계' : '취업알선'} 상담 (${counselor} 상담사)`,
        starts_at: `${day}T${pad(hour, 2)}:00:00+09:00`,
        ends_at: `${day}T${pad(hour + 1, 2)}:00:00+09:00`,
        hours: 1,
        venue: rng.pick(CONSULT_VENUES),
        instructor: `${counselor} 직업상담사`,
        course: null,
        capacity: 1,
        status: statusOn(day, planned)
      })
      units.push({ kind, sessions: [session], weight: rng.int(1, 3) })
    }
  }
  return units
}

function newMember(rng: Rng, n: number): Member {
  const tenure = rng.chance(0.05) ? 0 : rng.int(1, 35)
  return {
    id: `P-${pad(n, 7)}`,
    name: personName(rng),
    phone: mobilePhone(rng),
    birthYear: rng.int(1958, 1978),
    career: rng.chance(0.9)
      ? { last_employer: rng.pick(EMPLOYERS), job_field: rng.pick(JOB_FIELDS), years: tenure, employment_type: rng.weighted([['regular', 7], ['fixed_term', 2], ['other', 1]] as const) }
      : null,
    expectedRetirement: `${rng.int(2026, 2030)}-${rng.pick(['06-30', '12-31', '03-31', '09-30'])}`,
    retirementReason: rng.weighted([['retirement_age', 6], ['contract_end', 2], ['voluntary_early', 1], ['business_reasons', 1], ['other', 0.3]] as const)
  }
}

function pickUnit(units: readonly Unit[], cumulative: readonly number[], r: number): Unit {
  const target = r * (cumulative[cumulative.length - 1] ?? 0)
  let lo = 0
  let hi = cumulative.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((cumulative[mid] ?? 0) > target) hi = mid
    else lo = mid + 1
  }
  return units[lo]!
}

type SeatDecision = { status: ReemploymentRegistration['status']; ranks: (number | null)[] }

/** 확정 when every day has a seat, else 대기 on every day (one course, one decision); 5 % cancel. */
function decideSeats(rng: Rng, sessions: readonly SeededSession[]): SeatDecision {
  if (rng.chance(0.05)) return { status: 'cancelled', ranks: sessions.map(() => null) }
  if (sessions.every((s) => s.registered < s.record.capacity)) {
    for (const s of sessions) s.registered += 1
    return { status: 'registered', ranks: sessions.map(() => null) }
  }
  return {
    status: 'waitlisted',
    ranks: sessions.map((s) => {
      s.waitlisted += 1
      return s.waitlisted
    })
  }
}

function registration(rng: Rng, n: number, member: Member, session: SeededSession, status: ReemploymentRegistration['status'], rank: number | null, registeredMs: number): { record: ReemploymentRegistration; priv: PrivateData } {
  const attended = status === 'registered' && session.record.status === 'completed'
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
    person: { id: member.id, name: maskName(member.name), birth_year: member.birthYear, phone: maskPhone(member.phone), phone_last4: phoneLast4(member.phone) },
    career: member.career,
    expected_retirement: member.expectedRetirement,
    retirement_reason: member.retirementReason,
    status,
    waitlist_rank: rank,
    attendance,
    registered_at: kstInstant(registeredMs),
    client_ref: null
  }
  return { record, priv: { contact: { name: member.name, phone: member.phone } } }
}

/** `scale` registrations over the units, by weight; course participants may book consultations afterwards. */
export function* seedRegistrations(rng: Rng, scale: number, units: readonly Unit[]): Generator<{ record: ReemploymentRegistration; priv: PrivateData }> {
  const cumulative: number[] = []
  let acc = 0
  for (const unit of units) cumulative.push((acc += unit.weight))
  const consultations = units.filter((u) => u.kind === 'consultation').map((u) => u.sessions[0]!)
  const members: Member[] = []
  /** `member id|session id`: nobody registers twice for one session. */
  const taken = new Set<string>()
  let made = 0
  const member = (reuseShare: number, sessions: readonly SeededSession[]): Member => {
    if (members.length > 0 && rng.chance(reuseShare)) {
      const again = rng.pick(members)
      if (sessions.every((s) => !taken.has(`${again.id}|${s.record.id}`))) return again
    }
    const m = newMember(rng, members.length + 1)
    members.push(m)
    return m
  }
  const take = (who: Member, session: SeededSession) => taken.add(`${who.id}|${session.record.id}`)
  while (made < scale) {
    const unit = pickUnit(units, cumulative, rng.next())
    const who = member(unit.kind === 'course' ? 0 : unit.kind === 'education' ? 0.2 : 0.3, unit.sessions)
    const registeredMs = kstMs(`2026-11-${pad(rng.int(1, 28), 2)}`, `${pad(rng.int(9, 18), 2)}:${pad(rng.int(0, 59), 2)}`)
    const seats = decideSeats(rng, unit.sessions)
    for (const [i, session] of unit.sessions.entries()) {
      if (made >= scale) return
      made += 1
      take(who, session)
      yield registration(rng, made, who, session, seats.status, seats.ranks[i] ?? null, registeredMs)
    }
    if (unit.kind !== 'course' || seats.status !== 'registered' || !rng.chance(0.35)) continue
    // After the course: one or two consultations on later days.
    const courseEnd = unit.sessions[unit.sessions.length - 1]!.record.ends_at
    const later = consultations.filter((s) => s.record.starts_at > courseEnd && s.record.status !== 'cancelled' && !taken.has(`${who.id}|${s.record.id}`))
    const wanted = Math.min(later.length, rng.int(1, 2))
    const booked = new Set<SeededSession>()
    while (booked.size < wanted) booked.add(rng.pick(later))
    for (const session of booked) {
      if (made >= scale) return
      made += 1
      take(who, session)
      const seat = decideSeats(rng, [session])
      yield registration(rng, made, who, session, seat.status, seat.ranks[0] ?? null, Date.parse(courseEnd) + rng.int(1, 48) * 3600_000)
    }
  }
}

/** The seed rows of both 재취업 collections: `sessions` sessions, then `scale` registrations. */
export function* seedReemploymentRows(sessionRng: Rng, registrationRng: Rng, sessions: number, scale: number, counters: { sessions: number; registrations: number }): Generator<SeedRow> {
  const units = seedSessions(sessionRng, sessions)
  for (const unit of units) {
    for (const s of unit.sessions) {
      counters.sessions += 1
      yield { collection: 'reemployment-sessions', id: s.record.id, version: s.record.version, json: JSON.stringify(s.record), private: null, sessionId: null, clientRef: null }
    }
  }
  for (const { record, priv } of seedRegistrations(registrationRng, scale, units)) {
    counters.registrations += 1
    yield { collection: 'reemployment-registrations', id: record.id, version: record.version, json: JSON.stringify(record), private: JSON.stringify(priv), sessionId: record.session_id, clientRef: null }
  }
}
