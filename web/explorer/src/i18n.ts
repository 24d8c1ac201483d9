// Korean and English labels: the toggle picks which, and names come from `nameKo`/`nameEn`
// (English when no source gives a Korean one). The choice is kept in the browser.

export type Language = 'en' | 'ko';

const stored = localStorage.getItem('paradiplo-language');
let language: Language = stored === 'ko' ? 'ko' : 'en';

export function currentLanguage(): Language {
  return language;
}

export function setLanguage(next: Language): void {
  language = next;
  localStorage.setItem('paradiplo-language', next);
  document.documentElement.lang = next;
}

const labels = {
  loading: ['Loading…', '불러오는 중…'],
  query: ['query', '쿼리'],
  openGraphiql: ['open in GraphiQL', 'GraphiQL에서 열기'],
  world: ['World', '세계'],
  worldCities: ['cities', '도시'],
  worldLinks: ['Agreements between them', '도시 간 협정'],
  zoomIn: ['Zoom in on the map (wheel, then drag) to draw the agreements as arcs.', '지도를 확대하면(휠, 끌기) 협정이 호로 그려집니다.'],
  allKinds: ['every kind', '모든 종류'],
  allContinents: ['every continent', '모든 대륙'],
  allDecades: ['every decade', '모든 연대'],
  partnersMap: ['Partners on the map', '지도 위의 협력 도시'],
  agreements: ['Agreements', '협정'],
  partner: ['Partner', '상대 도시'],
  kind: ['Kind', '종류'],
  signed: ['Signed', '체결'],
  ended: ['Ended', '종료'],
  status: ['Status', '상태'],
  sources: ['Sources', '출처'],
  undated: ['undated', '날짜 미상'],
  networks: ['Networks', '네트워크'],
  role: ['Role', '역할'],
  joined: ['Joined', '가입'],
  left: ['Left', '탈퇴'],
  policies: ['Policies', '정책'],
  exported: ['Exported', '수출'],
  received: ['Received', '수입'],
  events: ['Events hosted', '개최 행사'],
  statistics: ['Statistics', '통계'],
  centrality: ['Centrality', '중심성'],
  degree: ['Degree (partners)', '연결 정도(협력 도시 수)'],
  betweenness: ['Betweenness', '매개 중심성'],
  rank: ['rank', '순위'],
  timeline: ['Timeline', '연표'],
  undatedFacts: ['Undated, not placed on the chart', '날짜 미상, 도표에 넣지 않음'],
  network: ['Network', '네트워크 그래프'],
  related: ['Cities sharing the most', '가장 많이 공유하는 도시'],
  shared: ['shared', '공유'],
  path: ['Path', '경로'],
  pathTo: ['Path to, and compare with… (a city)', '경로·비교할 도시…'],
  pathFind: ['find', '찾기'],
  noPath: ['No chain of at most 4 steps links them.', '4단계 이내로 이어지는 경로가 없습니다.'],
  step: ['step', '단계'],
  steps: ['steps', '단계'],
  none: ['None recorded.', '기록 없음.'],
  country: ['Country', '국가'],
} satisfies Record<string, [string, string]>;

export type Label = keyof typeof labels;

/** The label in the current language. */
export function t(label: Label): string {
  return labels[label][language === 'en' ? 0 : 1];
}

/** A record's name in the current language. */
export function name(named: { nameEn?: string | null; nameKo?: string | null } | null | undefined): string {
  if (!named) return '?';
  return (language === 'ko' ? named.nameKo ?? named.nameEn : named.nameEn ?? named.nameKo) ?? '?';
}

const kinds: Record<string, [string, string]> = {
  SISTER: ['sister city', '자매도시'],
  FRIENDSHIP: ['friendship city', '우호도시'],
  PARTNERSHIP: ['partnership', '협력 협정'],
  TWINNING: ['twinning', '결연'],
};

/** An agreement kind's label. */
export function kindLabel(kind: string): string {
  const label = kinds[kind];
  return label ? label[language === 'en' ? 0 : 1] : kind.toLowerCase().replaceAll('_', ' ');
}

/** The agreement kinds, in the order of the legends, with their colours. */
export const kindColours: Record<string, string> = {
  SISTER: '#d1495b',
  FRIENDSHIP: '#edae49',
  PARTNERSHIP: '#00798c',
  TWINNING: '#7d5ba6',
};
