import type { ContractPart } from '../../ipc/contractParts'

/** 서울형 강소기업's part of the IPC contract: empty until its screens come (the 강소기업 issue). */
export const smeContract = {} as const satisfies ContractPart
