import type { ExportState, ReportFormat } from './model'

/**
 * Every word of the 보고서 screen, the export dialog, the batch panel and the lists' "엑셀로 내보내기"
 * button. The money units' labels are in model.ts (MONEY_UNITS), beside the divisors the writer uses.
 */

export const REPORT_FORMAT_LABELS: Record<ReportFormat, string> = {
  xlsx: 'Excel 통합 문서 (xlsx)',
  csv: 'CSV (UTF-8, Excel 호환)'
}

/**
 * Reasons staff commonly give for taking a file off the app. The text is what 요약 and the audit trail
 * keep, so each is a sentence a reviewer understands on its own (five characters at least, as the rule asks).
 */
export const EXPORT_REASON_PRESETS = [
  { value: 'weekly', label: '주간 업무 보고' },
  { value: 'monthly', label: '월간 실적 보고' },
  { value: 'request', label: '상급 기관 자료 요청' },
  { value: 'meeting', label: '회의 자료 작성' },
  { value: 'custom', label: '직접 입력' }
] as const

export type ExportReasonPreset = (typeof EXPORT_REASON_PRESETS)[number]['value']

/** The reason text a preset stands for; `custom` starts empty (the person types it). */
export function exportReasonText(preset: ExportReasonPreset): string {
  return preset === 'custom' ? '' : (EXPORT_REASON_PRESETS.find((p) => p.value === preset)?.label ?? '')
}

export const EXPORT_STATE_LABELS: Record<ExportState | 'waiting', string> = {
  waiting: '대기',
  running: '만드는 중',
  done: '완료',
  cancelled: '취소',
  failed: '실패'
}

export const EXPORT_STATE_COLORS: Record<ExportState | 'waiting', string> = {
  waiting: 'gray',
  running: 'blue',
  done: 'teal',
  cancelled: 'gray',
  failed: 'red'
}

const count = (value: number) => value.toLocaleString('ko-KR')

export const REPORTS_TEXT = {
  pageTitle: '보고서',
  pageSummary:
    '이 PC에 동기화된 자료로 보고용 Excel 파일을 만듭니다. 파일마다 첫 시트 「요약」에 기준 시각, 작성자, 내보낸 이유와 조건이 적히고, 내보낸 기록은 감사 기록에 남습니다.',
  catalogTab: '보고서 목록',
  batchTab: '묶음 내보내기',
  catalogEmpty: '내보낼 수 있는 보고서가 없습니다. 맡은 업무의 보고서만 보입니다.',
  catalogLoading: '보고서 목록을 불러오는 중…',
  catalogFailed: '보고서 목록을 불러오지 못했습니다',
  columnsToggle: (n: number, open: boolean) => (open ? `담긴 열 ${n}개 접기` : `담긴 열 ${n}개 보기`),
  columnsOf: (title: string) => `${title}에 담긴 열`,
  personalRequired: '개인정보 (가려서 담음)',
  personalOptional: '개인정보 (가리지 않은 파일에만)',
  personalRequiredShort: '가림',
  personalOptionalShort: '가리지 않은 파일만',
  personalLegend: '주황색 열은 개인정보입니다. 기본으로 가려서 담거나 빼고, 관리자가 이유를 적고 가리지 않기로 한 파일에만 그대로 담습니다.',
  exportButton: '내보내기',
  exportButtonFor: (title: string) => `${title} 내보내기`,
  /** The lists' button. */
  listExportButton: '엑셀로 내보내기',
  listExportButtonFor: (title: string) => `${title} 엑셀로 내보내기`,

  // ── The export dialog ────────────────────────────────────────────────────────────────────────
  dialogTitle: (title: string) => `${title} 내보내기`,
  format: '파일 형식',
  moneyUnit: '금액 단위',
  approvalBox: '결재란 포함 (담당 · 팀장 · 과장)',
  unmasked: '개인정보를 가리지 않고 내보내기 (관리자)',
  unmaskedHint: '이름·연락처를 포털에서 한 사람씩 조회해 그대로 적습니다. 조회마다 이유와 함께 감사 기록에 남습니다.',
  unmaskedOffline: '오프라인에서는 가리지 않은 파일을 만들 수 없습니다. 포털에 연결된 뒤 다시 하세요.',
  reasonPresets: '내보내는 이유',
  reasonInput: '이유',
  reasonPlaceholder: '이유를 고르거나 직접 적으세요 (5자 이상)',
  personalReminder: '개인정보가 포함된 파일입니다. PC에 저장한 파일은 업무가 끝나면 삭제하고, 외부로 보내지 마세요.',
  personalReminderTitle: '개인정보 포함',
  listParamsFromScreen: '목록 화면의 현재 필터·정렬·보이는 열로 내보냅니다.',
  listParamsAll: '저장된 보기',
  listParamsAllOption: '전체 목록 (필터 없음)',
  listParamsHint: '목록에서 고른 조건 그대로 내보내려면 목록 화면의 「엑셀로 내보내기」를 쓰세요.',
  scope: '범위',
  scopeSession: '한 회차',
  scopeMonths: '기간',
  sessionMonth: '회차 월',
  previousMonth: '이전 달',
  nextMonth: '다음 달',
  session: '재취업 회차',
  sessionPlaceholder: '회차를 고르세요',
  sessionMissing: '회차를 고르세요.',
  sessionNone: '이 달에는 회차가 없습니다.',
  monthFrom: '시작 월',
  monthTo: '끝 월',
  monthsInvalid: '시작 월이 끝 월보다 늦습니다.',
  smeRound: '강소기업 차수',
  smeRoundLatest: '가장 최근 차수',
  smeStage: '심사 단계',
  smeStageAll: '모든 단계',
  submit: '저장 위치 고르기',
  submitting: '저장 위치를 고르는 중…',
  close: '닫기',

  // ── While writing ────────────────────────────────────────────────────────────────────────────
  progressLabel: (title: string) => `${title} 만드는 중`,
  rowsWritten: (written: number, total: number | null) =>
    total === null ? `${count(written)}행 기록` : `${count(written)}행 / ${count(total)}행 기록`,
  cancel: '취소',
  cancelled: '취소했습니다. 파일을 만들지 않았습니다.',
  cancelledTitle: '내보내기를 취소했습니다',
  doneTitle: '파일을 만들었습니다',
  doneMessage: (fileName: string, rows: number) => `${fileName} (${count(rows)}행)`,
  openFolder: '폴더 열기',
  openFolderFor: (fileName: string) => `${fileName}이(가) 있는 폴더 열기`,
  openFolderFailed: '폴더를 열지 못했습니다',
  failedTitle: '파일을 만들지 못했습니다',
  failedFallback: '파일을 만들지 못했습니다. 다시 시도하세요.',
  startFailed: '내보내기를 시작하지 못했습니다',

  // ── Batches ──────────────────────────────────────────────────────────────────────────────────
  batchSummary: '여러 보고서를 한 폴더에 한 번에 만듭니다. 파일마다 하나씩, 그리고 파일 목록과 SHA-256 값을 적은 manifest.json을 함께 씁니다.',
  savedBatch: '저장된 묶음',
  savedBatchPlaceholder: '저장된 묶음을 고르세요',
  savedBatchNone: '저장된 묶음이 없습니다',
  pickReports: '묶을 보고서',
  pickedCount: (n: number) => `${n}개 고름`,
  batchName: '묶음 이름',
  batchNamePlaceholder: '예: 주간 보고 묶음',
  saveBatch: '묶음 저장',
  savedBatchTitle: '묶음을 저장했습니다',
  saveBatchFailed: '묶음을 저장하지 못했습니다',
  deleteBatch: '묶음 삭제',
  deleteBatchFor: (name: string) => `묶음 「${name}」 삭제`,
  deletedBatchTitle: '묶음을 삭제했습니다',
  deleteBatchFailed: '묶음을 삭제하지 못했습니다',
  batchSubmit: '폴더 선택 후 내보내기',
  batchNothingPicked: '보고서를 하나 이상 고르세요.',
  batchOverall: (done: number, total: number) => `파일 ${count(done)}개 / ${count(total)}개 완료`,
  batchDoneTitle: '묶음 내보내기를 마쳤습니다',
  batchDoneMessage: (done: number, total: number, folder: string) => `${folder}에 파일 ${count(done)}개를 만들었습니다 (모두 ${count(total)}개).`,
  batchPartialTitle: '일부 보고서를 만들지 못했습니다',
  batchCancelled: '취소했습니다. 다 만든 파일은 폴더에 남고 manifest.json에 적혀 있습니다.',
  batchResult: '결과',
  resultFile: '파일',
  resultState: '상태',
  resultRows: '행 수',
  resultNote: '비고'
} as const
