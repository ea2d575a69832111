/** The home dashboard charts' words (the components only place them). */
export const HOME_CHART_TEXT = {
  chart: '차트',
  table: '표',
  toggle: (title: string) => `${title} — 차트 또는 표로 보기`,
  figure: (title: string) => `${title} 막대 차트 (같은 숫자는 표로도 볼 수 있습니다)`,
  rowHeader: '구분',
  empty: '아직 자료가 없습니다.',
  attractiveJobsByOrgType: '기관구분별 검토 상태',
  smePipeline: '단계별 신청 현황 (심사 흐름)',
  dailyAttendance: '최근 2주 회차 출석 (날짜별)',
  attended: '출석 (지각 포함)',
  noShows: '불참 (결석·조퇴·미확인)',
  waitlisted: '대기',
  day: (isoDay: string) => `${Number(isoDay.slice(5, 7))}/${Number(isoDay.slice(8, 10))}`
} as const
