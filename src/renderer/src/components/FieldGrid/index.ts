export { FieldGrid } from './FieldGrid'
export type { FieldGridProps, FieldItem } from './FieldGrid'
