import { ReviewAction } from '../../../shared/portal'
import { CliUsageError, requireArg, type CliCommand } from '../types'

export const attractiveJobsCli: CliCommand[] = [
  {
    name: 'review',
    usage: 'review <attractive-job-id> start_review|approve|reject|request_revision [--reason R]',
    toCall({ positionals: [id, action], options }) {
      const parsed = ReviewAction.safeParse(action)
      if (!parsed.success) throw new CliUsageError(`검토 동작(start_review|approve|reject|request_revision)이 올바르지 않습니다: ${action ?? '(없음)'}`)
      return {
        channel: 'attractiveJobs:review',
        input: { id: requireArg(id, '매력일자리 id'), action: parsed.data, ...(options.reason ? { reason: options.reason } : {}) }
      }
    }
  },
  {
    name: 'comment',
    usage: 'comment <attractive-job-id> <text>',
    toCall: ({ positionals: [id, ...words] }) => ({
      channel: 'attractiveJobs:comment',
      input: { id: requireArg(id, '매력일자리 id'), body: requireArg(words.join(' ') || undefined, '의견 내용') }
    })
  }
]
