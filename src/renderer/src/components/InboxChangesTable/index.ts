export { InboxChangesLegend, InboxChangesTable, MY_CHANGE_COLOR, SERVER_CHANGE_COLOR, visibleChanges } from './InboxChangesTable'
export type { InboxChangesTableProps } from './InboxChangesTable'
export { fieldLabel, formatFieldValue, isStaffIdPath } from './fieldValues'
