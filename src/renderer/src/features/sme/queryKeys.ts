import type { QueryKey } from '@tanstack/react-query'
import type { MySheetsRequest, SelectionBatchRequest, SmeListRequest, StageBatchRequest, StageRef } from '../../../../shared/domains/sme/views'
import type { SmeStage } from '../../../../shared/portal'
import type { RendererFeature } from '../feature'
import type { z } from 'zod'

/**
 * Query keys of 서울형 강소기업. Everything shares the `all` prefix, so one invalidation after a sync or
 * a write reaches the list, the company card, the sheets, the committee and the home tile.
 */
export const smeKeys = {
  all: ['sme'] as const,
  list: (request: SmeListRequest) => ['sme', 'list', request] as const,
  detail: (id: string) => ['sme', 'detail', id] as const,
  criteria: (round: string) => ['sme', 'criteria', round] as const,
  dashboard: ['sme', 'dashboard'] as const,
  industries: ['sme', 'industries'] as const,
  views: ['sme', 'views', 'list'] as const,
  lastView: ['sme', 'views', 'last'] as const,
  pledge: (round: string) => ['sme', 'pledge', round] as const,
  mySheets: (request: z.input<typeof MySheetsRequest>) => ['sme', 'mySheets', request] as const,
  sheet: (id: string, stage: SmeStage, evaluatorId: string | null) => ['sme', 'sheet', id, stage, evaluatorId] as const,
  committee: (ref: StageRef) => ['sme', 'committee', ref] as const,
  advancePreview: (request: StageBatchRequest) => ['sme', 'advancePreview', request] as const,
  selectPreview: (request: SelectionBatchRequest) => ['sme', 'selectPreview', request] as const
} satisfies Record<string, QueryKey | ((...args: never[]) => QueryKey)>

export const smeFeature: RendererFeature = {
  invalidateOnSync: [smeKeys.all],
  invalidateOnOutboxChange: [smeKeys.all]
}
