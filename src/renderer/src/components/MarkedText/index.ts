export { MarkedText, type MarkRange } from './MarkedText'
