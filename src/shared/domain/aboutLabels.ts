/** Texts of the 정보 (About) box. */
export const ABOUT_LABELS = {
  title: '정보',
  appName: '서울시 일자리포털 업무도구',
  version: '버전',
  electron: 'Electron',
  chrome: 'Chrome',
  node: 'Node.js',
  dataDir: '데이터 폴더',
  notInShell: '(앱 밖에서 실행 중)',
  copyright: '© 서울특별시 일자리정책과. 서울시 업무용으로만 사용합니다.',
  licences: '이 프로그램은 오픈 소스 소프트웨어(Electron, Chromium, React, Mantine 등)를 사용합니다. 각 라이선스 전문은 설치 폴더의 LICENSE.electron.txt 와 LICENSES.chromium.html 에 있습니다.',
  loading: '불러오는 중…',
  close: '닫기'
} as const
