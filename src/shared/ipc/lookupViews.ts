import { z } from 'zod'
import { CollectionName } from '../portal'

/**
 * 명령 팔레트's record look-up: a few words, an id or part of one. People (재취업 신청자) are never
 * looked up here — their records hold personal data, found only in the roster's own search.
 */
export const RecordLookupRequest = z.object({
  text: z.string().trim().min(2, '두 글자 이상 입력하세요.').max(100),
  /** Per collection: the palette shows a handful of each. */
  limit: z.number().int().min(1).max(20).default(6)
})

/** One record found: what opens it (collection and id) and what a person recognises it by. */
export const RecordLookupHit = z.object({
  collection: CollectionName,
  id: z.string(),
  title: z.string(),
  /** Where it belongs (기관, 회차 date and place), with its status. */
  subtitle: z.string()
})
export type RecordLookupHit = z.infer<typeof RecordLookupHit>
