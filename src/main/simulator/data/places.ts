/** Seoul places: the 25 자치구 (shared/domain-notes.md §6, official code order), city 실·국, agencies. */

export interface DistrictInfo {
  code: string
  name: string
  /** A main road of the district, for plausible addresses. */
  road: string
}

export const DISTRICTS: readonly DistrictInfo[] = [
  { code: '11110', name: '종로구', road: '종로' },
  { code: '11140', name: '중구', road: '을지로' },
  { code: '11170', name: '용산구', road: '한강대로' },
  { code: '11200', name: '성동구', road: '왕십리로' },
  { code: '11215', name: '광진구', road: '능동로' },
  { code: '11230', name: '동대문구', road: '왕산로' },
  { code: '11260', name: '중랑구', road: '망우로' },
  { code: '11290', name: '성북구', road: '보문로' },
  { code: '11305', name: '강북구', road: '도봉로' },
  { code: '11320', name: '도봉구', road: '마들로' },
  { code: '11350', name: '노원구', road: '동일로' },
  { code: '11380', name: '은평구', road: '통일로' },
  { code: '11410', name: '서대문구', road: '연희로' },
  { code: '11440', name: '마포구', road: '월드컵북로' },
  { code: '11470', name: '양천구', road: '목동동로' },
  { code: '11500', name: '강서구', road: '화곡로' },
  { code: '11530', name: '구로구', road: '디지털로' },
  { code: '11545', name: '금천구', road: '시흥대로' },
  { code: '11560', name: '영등포구', road: '당산로' },
  { code: '11590', name: '동작구', road: '노량진로' },
  { code: '11620', name: '관악구', road: '관악로' },
  { code: '11650', name: '서초구', road: '서초대로' },
  { code: '11680', name: '강남구', road: '테헤란로' },
  { code: '11710', name: '송파구', road: '올림픽로' },
  { code: '11740', name: '강동구', road: '천호대로' }
]

/** 서울특별시 행정기관코드 (domain-notes §6); used as org.code for city departments. */
export const CITY_ORG_CODE = '6110000'

export const CITY_BUREAUS: readonly string[] = [
  '경제실',
  '복지실',
  '문화본부',
  '기후환경본부',
  '여성가족실',
  '디지털도시국',
  '관광체육국',
  '평생교육국',
  '시민건강국',
  '행정국',
  '안전총괄실',
  '도시공간본부',
  '푸른도시여가국',
  '노동·공정상생정책관',
  '서울도서관',
  '서울시립미술관',
  '서울대공원',
  '서울역사박물관'
]

export const CITY_TEAMS: readonly string[] = [
  '일자리정책과',
  '노동정책과',
  '복지정책과',
  '어르신복지과',
  '문화정책과',
  '박물관과',
  '디지털정책과',
  '데이터전략과',
  '평생교육과',
  '청년정책과',
  '기후환경정책과',
  '공원여가정책과',
  '운영지원과'
]

export const DISTRICT_TEAMS: readonly string[] = [
  '일자리정책과',
  '일자리경제과',
  '지역경제과',
  '복지정책과',
  '어르신복지과',
  '문화체육과',
  '교육지원과',
  '스마트도시과',
  '아동청소년과',
  '가족정책과'
]

export interface AgencyInfo {
  code: string
  name: string
  address: string
}

export const AGENCIES: readonly AgencyInfo[] = [
  { code: 'AGY-SISUL', name: '서울시설공단', address: '서울특별시 성동구 청계천로 540' },
  { code: 'AGY-METRO', name: '서울교통공사', address: '서울특별시 성동구 천호대로 346' },
  { code: 'AGY-SBA', name: '서울경제진흥원', address: '서울특별시 마포구 월드컵북로 400' },
  { code: 'AGY-SFAC', name: '서울문화재단', address: '서울특별시 동대문구 청계천로 517' },
  { code: 'AGY-SWF', name: '서울시복지재단', address: '서울특별시 마포구 독막로 190' },
  { code: 'AGY-SH', name: '서울주택도시개발공사', address: '서울특별시 강남구 개포로 621' },
  { code: 'AGY-SFWF', name: '서울시여성가족재단', address: '서울특별시 동작구 여의대방로54길 18' },
  { code: 'AGY-50P', name: '서울시50플러스재단', address: '서울특별시 마포구 백범로31길 21' },
  { code: 'AGY-SDF', name: '서울디자인재단', address: '서울특별시 중구 을지로 281' },
  { code: 'AGY-STO', name: '서울관광재단', address: '서울특별시 중구 청계천로 85' },
  { code: 'AGY-SEJONG', name: '세종문화회관', address: '서울특별시 종로구 세종대로 175' },
  { code: 'AGY-SEN', name: '서울에너지공사', address: '서울특별시 양천구 목동서로 20' }
]

export const CITY_HALL_ADDRESS = '서울특별시 중구 세종대로 110'
