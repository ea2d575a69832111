import { z } from 'zod'
import { forRoles } from '../../ipc/access'
import { ContactRequest, ContactView } from '../../ipc/privacyViews'
import { Empty, Ok, Queued, RecordRef, type ContractPart } from '../../ipc/contractParts'
import { SmeCriteria } from '../../portal/smeApplications'
import {
  AbstainInput,
  BatchPreview,
  BatchResult,
  CommitteeView,
  MySheets,
  MySheetsRequest,
  PledgeStatus,
  RankingRow,
  ScoreRequest,
  ScoreSheet,
  SelectionBatchRequest,
  SheetRequest,
  SmeDashboard,
  SmeDetail,
  SmeListRequest,
  SmeListResult,
  SmeSavedView,
  SmeScreenRequest,
  SmeViewDefinition,
  StageBatchRequest,
  StageRef
} from './views'

/** 서울형 강소기업's part of the IPC contract: the list, screening, score sheets and the committee. */
export const smeContract = forRoles(['sme_screener', 'sme_evaluator'], {
  'sme:list': { input: SmeListRequest, output: SmeListResult },
  'sme:get': { input: RecordRef, output: SmeDetail },
  'sme:criteria': { input: z.object({ round: z.string().min(1) }), output: SmeCriteria.nullable() },
  'sme:dashboard': { input: Empty, output: SmeDashboard },
  'sme:screen': { access: ['sme_screener'], input: SmeScreenRequest, output: Queued },

  // The evaluator's 청렴·이해충돌 확인, once per round before the first sheet.
  'sme:pledgeStatus': { access: ['sme_evaluator'], input: z.object({ round: z.string().min(1) }), output: PledgeStatus },
  'sme:confirmPledge': { access: ['sme_evaluator'], input: z.object({ round: z.string().min(1) }), output: PledgeStatus },
  'sme:mySheets': { access: ['sme_evaluator'], input: MySheetsRequest, output: MySheets },
  'sme:sheet': { access: ['sme_evaluator'], input: SheetRequest, output: ScoreSheet },
  'sme:score': { access: ['sme_evaluator'], input: ScoreRequest, output: Queued },
  'sme:abstain': { access: ['sme_evaluator'], input: AbstainInput, output: Queued },

  'sme:committee': { access: ['manager'], input: StageRef, output: CommitteeView },
  'sme:ranking': { access: ['manager'], input: StageRef, output: z.array(RankingRow) },
  'sme:advancePreview': { access: ['manager'], input: StageBatchRequest, output: BatchPreview },
  'sme:advance': { access: ['manager'], input: StageBatchRequest, output: BatchResult },
  'sme:selectPreview': { access: ['manager'], input: SelectionBatchRequest, output: BatchPreview },
  'sme:select': { access: ['manager'], input: SelectionBatchRequest, output: BatchResult },

  'sme:listViews': { input: Empty, output: z.array(SmeSavedView) },
  'sme:saveView': {
    input: z.object({ name: z.string().trim().min(1, '보기 이름을 입력하세요.').max(60), definition: SmeViewDefinition }),
    output: SmeSavedView
  },
  'sme:deleteView': { input: z.object({ id: z.number().int() }), output: Ok },
  'sme:getLastView': { input: Empty, output: SmeViewDefinition.nullable() },
  'sme:setLastView': { input: z.object({ definition: SmeViewDefinition }), output: Ok },

  /** The CEO's contact in full, for one application with a stated reason (online only; never stored). */
  'sme:contact': { input: ContactRequest, output: ContactView }
} as const) satisfies ContractPart
