import { rolesAllow } from '../../shared/ipc/access'
import type { Role, Staff } from '../../shared/portal'
import type { ReportDescriptor } from '../../shared/reports/model'
import { AppError } from '../core/errors'
import type { ReportSpec } from './types'

/** Whether these roles may export the report (manager always, as every channel's access rule). */
export function mayExport(spec: ReportSpec, roles: readonly Role[]): boolean {
  return rolesAllow(spec.descriptor.roles, roles)
}

/** The descriptors of the reports the roles may export, in the order the reports were given (registry order). */
export function catalogFor(reports: readonly ReportSpec[], roles: readonly Role[]): ReportDescriptor[] {
  return reports.filter((spec) => mayExport(spec, roles)).map((spec) => spec.descriptor)
}

export function unknownReport(id: string): AppError {
  return new AppError('not_found', `찾을 수 없는 보고서입니다: ${id}. 보고서 화면이나 export --list 의 목록에서 고르세요.`)
}

export function forbiddenReport(spec: ReportSpec): AppError {
  return new AppError(
    'forbidden',
    `'${spec.descriptor.title}' 보고서는 ${spec.descriptor.group} 업무 권한이 있는 직원이나 관리자만 내보낼 수 있습니다. 필요하면 업무 담당 관리자에게 권한을 요청하세요.`
  )
}

/** The report of `id` if the staff member may export it; a Korean refusal otherwise. */
export function allowedReport(reports: readonly ReportSpec[], id: string, staff: Staff): ReportSpec {
  const spec = reports.find((candidate) => candidate.descriptor.id === id)
  if (!spec) throw unknownReport(id)
  if (!mayExport(spec, staff.roles)) throw forbiddenReport(spec)
  return spec
}
