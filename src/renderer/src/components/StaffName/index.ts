export { StaffName } from './StaffName'
export type { StaffNameProps } from './StaffName'
