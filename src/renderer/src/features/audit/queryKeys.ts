import type { ChannelInput } from '../../../../shared/ipc/contract'
import type { RendererFeature } from '../feature'

export type AuditListRequest = ChannelInput<'audit:list'>

/** Query keys of the 감사 기록 screens; everything shares the `all` prefix. */
export const auditKeys = {
  all: ['audit'] as const,
  list: (request: AuditListRequest) => ['audit', 'list', request] as const,
  monthly: (month: string) => ['audit', 'monthly', month] as const
}

/** A sync adds the portal's confirmations and acceptances; a queued write adds its entry. */
export const auditFeature: RendererFeature = {
  invalidateOnSync: [auditKeys.all],
  invalidateOnOutboxChange: [auditKeys.all]
}
