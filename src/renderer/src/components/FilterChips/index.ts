export { FilterChips, type ChosenFilterValue, type FilterChipsProps } from './FilterChips'
