import { josa } from 'es-hangul'
import { ReviewAction } from '../../../shared/portal'
import { CliUsageError, type CliCommand } from '../types'

function need(value: string | undefined, what: string): string {
  if (!value) throw new CliUsageError(`${josa(what, '이/가')} 필요합니다.`)
  return value
}

export const attractiveJobsCli: CliCommand[] = [
  {
    name: 'review',
    usage: 'review <attractive-job-id> start_review|approve|reject|request_revision [--reason R]',
    toCall({ positionals: [id, action], options }) {
      const parsed = ReviewAction.safeParse(action)
      if (!parsed.success) throw new CliUsageError(`검토 동작(start_review|approve|reject|request_revision)이 올바르지 않습니다: ${action ?? '(없음)'}`)
      return {
        channel: 'attractiveJobs:review',
        input: { id: need(id, '매력일자리 id'), action: parsed.data, ...(options.reason ? { reason: options.reason } : {}) }
      }
    }
  },
  {
    name: 'comment',
    usage: 'comment <attractive-job-id> <text>',
    toCall: ({ positionals: [id, ...words] }) => ({
      channel: 'attractiveJobs:comment',
      input: { id: need(id, '매력일자리 id'), body: need(words.join(' ') || undefined, '의견 내용') }
    })
  }
]
