import { z } from 'zod'
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
export const smeContract = {
  'sme:list': { input: SmeListRequest, output: SmeListResult },
  'sme:get': { input: RecordRef, output: SmeDetail },
  'sme:criteria': { input: z.object({ round: z.string().min(1) }), output: SmeCriteria.nullable() },
  'sme:dashboard': { input: Empty, output: SmeDashboard },
  'sme:screen': { input: SmeScreenRequest, output: Queued },

  // The evaluator's 청렴·이해충돌 확인, once per round before the first sheet.
  'sme:pledgeStatus': { input: z.object({ round: z.string().min(1) }), output: PledgeStatus },
  'sme:confirmPledge': { input: z.object({ round: z.string().min(1) }), output: PledgeStatus },
  'sme:mySheets': { input: MySheetsRequest, output: MySheets },
  'sme:sheet': { input: SheetRequest, output: ScoreSheet },
  'sme:score': { input: ScoreRequest, output: Queued },
  'sme:abstain': { input: AbstainInput, output: Queued },

  'sme:committee': { input: StageRef, output: CommitteeView },
  'sme:ranking': { input: StageRef, output: z.array(RankingRow) },
  'sme:advancePreview': { input: StageBatchRequest, output: BatchPreview },
  'sme:advance': { input: StageBatchRequest, output: BatchResult },
  'sme:selectPreview': { input: SelectionBatchRequest, output: BatchPreview },
  'sme:select': { input: SelectionBatchRequest, output: BatchResult },

  'sme:listViews': { input: Empty, output: z.array(SmeSavedView) },
  'sme:saveView': {
    input: z.object({ name: z.string().trim().min(1, '보기 이름을 입력하세요.').max(60), definition: SmeViewDefinition }),
    output: SmeSavedView
  },
  'sme:deleteView': { input: z.object({ id: z.number().int() }), output: Ok },
  'sme:getLastView': { input: Empty, output: SmeViewDefinition.nullable() },
  'sme:setLastView': { input: z.object({ definition: SmeViewDefinition }), output: Ok }
} as const satisfies ContractPart
