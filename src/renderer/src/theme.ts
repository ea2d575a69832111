import { createTheme } from '@mantine/core'

const KOREAN_FONT_STACK = "'Malgun Gothic', '맑은 고딕', 'Noto Sans CJK KR', 'Noto Sans KR', 'Apple SD Gothic Neo', sans-serif"

export const theme = createTheme({
  fontFamily: KOREAN_FONT_STACK,
  headings: { fontFamily: KOREAN_FONT_STACK },
  primaryColor: 'blue',
  defaultRadius: 'sm',
  cursorType: 'pointer'
})
