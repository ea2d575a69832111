/** 명령 팔레트 (Ctrl+K)'s texts: the screens and the shortcut help read them from here. */
export const PALETTE_TEXT = {
  searchLabel: '화면이나 자료 찾기',
  resultsLabel: '찾은 화면과 자료',
  placeholder: '화면 이름, 사업명·기업명·회차명, 자료 번호, 사업자등록번호, 날짜',
  screensGroup: '화면',
  screenDescription: '화면으로 이동',
  openButton: '찾기',
  openButtonTitle: '화면과 자료 찾기 (Ctrl+K)',
  searching: '자료를 찾는 중…',
  typeMore: '두 글자 이상 입력하면 자료도 찾습니다.',
  nothingFound: '맞는 화면이나 자료가 없습니다. 다른 낱말이나 자료 번호로 찾아 보세요.',
  keysHint: '↑↓ 고르기 · Enter 열기 · Esc 닫기'
} as const

/** The palette's key, listed in every screen's shortcut help (it works on every screen). */
export const PALETTE_SHORTCUT = { keys: [['Ctrl', 'K']], description: '화면·자료 찾기 (명령 팔레트, 어느 화면에서나)' } as const
