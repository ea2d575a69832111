import { z } from 'zod'
import { AttendanceStatus, RegistrationStatus } from '../../portal'
import { Queued, type ContractPart } from '../../ipc/contractParts'

/** 재취업's part of the IPC contract: the roster writes (the screens come with the 재취업 issue). */
export const reemploymentContract = {
  'reemployment:attendance': {
    input: z.object({ registrationId: z.string().min(1), status: AttendanceStatus, checkedAt: z.iso.datetime({ offset: true }).optional() }),
    output: Queued
  },
  'reemployment:setStatus': {
    input: z.object({ registrationId: z.string().min(1), status: RegistrationStatus }),
    output: Queued
  },
  'reemployment:walkIn': {
    input: z.object({
      sessionId: z.string().min(1),
      name: z.string().trim().min(1, '이름을 입력하세요.').max(40),
      birthYear: z.number().int().min(1900).max(2100),
      phone: z.string().trim().min(9, '전화번호를 입력하세요.')
    }),
    output: Queued
  }
} as const satisfies ContractPart
