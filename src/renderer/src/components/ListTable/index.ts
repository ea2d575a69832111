export { ListTable, type ListRow, type ListTableProps } from './ListTable'
