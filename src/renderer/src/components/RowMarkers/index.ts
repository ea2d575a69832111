export { RowMarkers, type RowMarkersProps } from './RowMarkers'
