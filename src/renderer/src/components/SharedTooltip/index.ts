export { SharedTooltip, SharedTooltipLayer, type SharedTooltipProps } from './SharedTooltip'
