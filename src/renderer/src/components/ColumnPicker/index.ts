export { ColumnPicker, type ColumnPickerProps } from './ColumnPicker'
