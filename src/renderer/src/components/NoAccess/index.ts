export { NoAccess } from './NoAccess'
export { canSee, permissionsFor } from './screenAccess'
