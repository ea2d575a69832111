/** Korean personal names and contact data for seeded records (always masked before serving). */
import type { Rng } from '../util'

const SURNAMES = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권', '황', '안', '송', '전', '홍', '남궁', '유', '고', '문', '양', '손', '배', '백', '허', '노']
const GIVEN_FIRST = ['민', '서', '지', '현', '수', '영', '정', '성', '준', '하', '은', '도', '예', '재', '승', '태', '혜', '상', '미', '경', '동', '종', '순', '명', '진']
const GIVEN_SECOND = ['준', '연', '훈', '빈', '우', '호', '희', '수', '민', '아', '진', '철', '숙', '자', '식', '석', '영', '규', '원', '혁', '주', '윤', '경', '태', '현']
const ROMAN = ['kim', 'lee', 'park', 'choi', 'jung', 'kang', 'cho', 'yoon', 'jang', 'lim', 'han', 'oh', 'seo', 'shin', 'kwon']

export function personName(rng: Rng): string {
  const surname = rng.pick(SURNAMES)
  if (rng.chance(0.04)) return surname + rng.pick(GIVEN_FIRST)
  return surname + rng.pick(GIVEN_FIRST) + rng.pick(GIVEN_SECOND)
}

export function mobilePhone(rng: Rng): string {
  return `010-${rng.int(2000, 9999)}-${String(rng.int(0, 9999)).padStart(4, '0')}`
}

export function officePhone(rng: Rng): string {
  return `02-${rng.int(2100, 3999)}-${String(rng.int(0, 9999)).padStart(4, '0')}`
}

export function workEmail(rng: Rng, domain: string): string {
  return `${rng.pick(ROMAN)}${rng.int(1, 999)}@${domain}`
}
