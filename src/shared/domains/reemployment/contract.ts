import { z } from 'zod'
import { forRoles } from '../../ipc/access'
import { ContactRequest, ContactView } from '../../ipc/privacyViews'
import { AttendanceStatus, RegistrationStatus } from '../../portal'
import { Empty, IdText, Ok, Queued, RecordRef, type ContractPart } from '../../ipc/contractParts'
import { KOREAN_MOBILE_MESSAGE, isKoreanMobile } from './rules'
import {
  CheckInCounts,
  CheckInRequest,
  CheckInResult,
  CheckInSearchRequest,
  CheckInSearchResult,
  CompletionSettings,
  CourseCompletion,
  CourseSummary,
  HintSettings,
  Month,
  NoShows,
  PersonCountsRequest,
  PersonCountsResult,
  PromoteResult,
  PromotionProposal,
  ReemploymentDashboard,
  Roster,
  RosterRequest,
  SessionDetail,
  SessionList,
  SessionListRequest,
  SignInSheet,
  UndoCheckInRequest,
  UndoCheckInResult,
  WalkInInput,
  WalkInResult
} from './views'
import { ImportChooseRequest, ImportChosen, ImportMappingRequest, ImportPreview, ImportResult } from './importViews'

const SessionRef = z.object({ sessionId: z.string().min(1) })
/** A walk-in's Korean mobile number is checked here; its birth year's upper bound (this year) in main, by the PC's clock. */
const CheckedWalkIn = WalkInInput.refine((input) => isKoreanMobile(input.phone), { message: KOREAN_MOBILE_MESSAGE, path: ['phone'] })

/**
 * 재취업's part of the IPC contract: sessions, rosters, check-in mode, walk-ins, the waitlist, 수료,
 * per-person counts, the 출석부 and the dashboard tile. Every write goes to the cache and the outbox
 * first; the portal hears of it at the next sync.
 */
export const reemploymentContract = forRoles(['reemployment_coordinator'], {
  // Sessions: the month as a list (and a week calendar via from/to), one session's detail.
  'reemployment:sessions': { input: SessionListRequest, output: SessionList },
  'reemployment:session': { input: RecordRef, output: SessionDetail },

  // The roster of a session, its filters and hints; the hint settings.
  'reemployment:roster': { input: RosterRequest, output: Roster },
  'reemployment:hintSettings': { input: Empty, output: HintSettings },
  'reemployment:setHintSettings': { input: HintSettings, output: HintSettings },

  // Check-in mode: search (scoped to a session; across sessions only with two conditions), check in, undo, counts.
  'reemployment:checkInSearch': { input: CheckInSearchRequest, output: CheckInSearchResult },
  'reemployment:checkIn': { input: CheckInRequest, output: CheckInResult },
  'reemployment:undoCheckIn': { input: UndoCheckInRequest, output: UndoCheckInResult },
  'reemployment:checkInCounts': { input: SessionRef, output: CheckInCounts },
  'reemployment:checkInWalkIn': {
    input: CheckedWalkIn,
    output: WalkInResult
  },

  // The waitlist: the proposal when a seat is free, the coordinator's confirmation, and cancelling.
  'reemployment:promotionProposal': { input: SessionRef, output: PromotionProposal.nullable() },
  'reemployment:promote': { input: z.object({ registrationId: z.string().min(1) }), output: PromoteResult },
  'reemployment:cancel': { input: z.object({ registrationId: z.string().min(1) }), output: Queued },

  // After the session: no-shows, 수료 per course and its settings, per-person counts, the 출석부.
  'reemployment:noShows': { input: SessionRef, output: NoShows },
  'reemployment:courses': { input: z.object({ month: Month }), output: z.array(CourseSummary) },
  'reemployment:completion': { input: z.object({ courseId: z.string().min(1) }), output: CourseCompletion },
  'reemployment:completionSettings': { input: Empty, output: CompletionSettings },
  'reemployment:setCompletionSettings': { input: CompletionSettings, output: CompletionSettings },
  'reemployment:personCounts': { input: PersonCountsRequest, output: PersonCountsResult },
  'reemployment:signInSheet': { input: SessionRef, output: SignInSheet },

  'reemployment:dashboard': { input: Empty, output: ReemploymentDashboard },

  // The raw roster writes (the CLI's attendance, walk-in and registration commands).
  'reemployment:attendance': {
    input: z.object({ registrationId: z.string().min(1), status: AttendanceStatus, checkedAt: z.iso.datetime({ offset: true }).optional() }),
    output: Queued
  },
  'reemployment:setStatus': {
    input: z.object({ registrationId: z.string().min(1), status: RegistrationStatus }),
    output: Queued
  },
  'reemployment:walkIn': {
    input: CheckedWalkIn,
    output: Queued
  },

  /** A registered person's name and phone in full, with a stated reason (online only; never stored). */
  'reemployment:contact': { input: ContactRequest, output: ContactView },

  // Importing a walk-in or pre-registration list: the open dialog and a preview, a column mapping, the confirmation.
  'reemployment:importChoose': { input: ImportChooseRequest, output: ImportChosen },
  'reemployment:importPreview': { input: ImportMappingRequest, output: ImportPreview },
  'reemployment:importConfirm': { input: ImportMappingRequest, output: ImportResult },
  'reemployment:importDiscard': { input: z.object({ importId: IdText }), output: Ok }
} as const) satisfies ContractPart
