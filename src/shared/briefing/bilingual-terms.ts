// Korean and English names for the words a reader of this briefing searches for, so that a query in one language
// finds text written in the other (the English dataset has little Hangul; a Korean one will have little English).
// Common nouns use standard terminology; proper names are only those printed in Hangul on a page the research read
// (../shared/research/korea-ai-facts-2.md, "Official Korean names (Hangul) seen on pages"). No figures, no claims:
// this is a search aid, not content, so it cites nothing. The dataset's own glossary and company names are added to
// it at search time (see termPairsOf in search-terms.ts).

/** One thing's names in Korean and in English, any of which a query may use. */
export interface TermPair {
  readonly ko: readonly string[];
  readonly en: readonly string[];
}

/** Standard terminology of the field: the words of the sections' titles and of what they discuss. */
const FIELD_TERMS: readonly TermPair[] = [
  { ko: ['인공지능'], en: ['AI', 'artificial intelligence'] },
  { ko: ['반도체'], en: ['semiconductor', 'chip'] },
  { ko: ['메모리'], en: ['memory'] },
  { ko: ['고대역폭 메모리'], en: ['HBM', 'high-bandwidth memory'] },
  { ko: ['디램'], en: ['DRAM'] },
  { ko: ['낸드'], en: ['NAND'] },
  { ko: ['파운드리'], en: ['foundry', 'foundries'] },
  { ko: ['수출'], en: ['export'] },
  { ko: ['수입'], en: ['import'] },
  { ko: ['정부'], en: ['government'] },
  { ko: ['전략'], en: ['strategy', 'strategies'] },
  { ko: ['정책'], en: ['policy', 'policies'] },
  { ko: ['예산'], en: ['budget'] },
  { ko: ['투자'], en: ['investment', 'invest'] },
  { ko: ['스타트업', '신생기업'], en: ['startup', 'start-up'] },
  { ko: ['스케일업'], en: ['scaleup', 'scale-up'] },
  { ko: ['유니콘'], en: ['unicorn'] },
  { ko: ['대기업'], en: ['conglomerate'] },
  { ko: ['특허'], en: ['patent'] },
  { ko: ['연구', '연구개발'], en: ['research', 'R&D'] },
  { ko: ['논문'], en: ['paper', 'publication'] },
  { ko: ['인재'], en: ['talent'] },
  { ko: ['인력'], en: ['workforce', 'workers'] },
  { ko: ['대학'], en: ['university', 'universities'] },
  { ko: ['데이터'], en: ['data'] },
  { ko: ['데이터센터', '데이터 센터'], en: ['data centre', 'data center'] },
  { ko: ['클라우드'], en: ['cloud'] },
  { ko: ['컴퓨팅'], en: ['computing', 'compute'] },
  { ko: ['슈퍼컴퓨터'], en: ['supercomputer'] },
  { ko: ['그래픽처리장치'], en: ['GPU'] },
  { ko: ['가속기'], en: ['accelerator'] },
  { ko: ['파운데이션 모델', '기반 모델'], en: ['foundation model'] },
  { ko: ['거대언어모델', '대규모 언어 모델'], en: ['large language model', 'LLM'] },
  { ko: ['로봇', '로봇공학'], en: ['robot', 'robotics'] },
  { ko: ['자율주행'], en: ['autonomous driving', 'self-driving'] },
  { ko: ['의료'], en: ['medical', 'healthcare'] },
  { ko: ['법', '법률'], en: ['act', 'law'] },
  { ko: ['기본법'], en: ['basic act', 'framework act'] },
  { ko: ['규제'], en: ['regulation'] },
  { ko: ['시장'], en: ['market'] },
  { ko: ['점유율', '시장 점유율'], en: ['share', 'market share'] },
  { ko: ['매출'], en: ['revenue', 'sales'] },
  { ko: ['영업이익'], en: ['operating profit'] },
  { ko: ['전망'], en: ['outlook'] },
  { ko: ['과제', '도전'], en: ['challenge'] },
  { ko: ['기회'], en: ['opportunity', 'opportunities'] },
  { ko: ['지수'], en: ['index'] },
  { ko: ['순위'], en: ['rank', 'ranking'] },
  { ko: ['한국', '대한민국'], en: ['Korea', 'Korean', 'South Korea'] },
  { ko: ['미국'], en: ['United States', 'US', 'USA'] },
  { ko: ['중국'], en: ['China', 'Chinese'] },
  { ko: ['일본'], en: ['Japan', 'Japanese'] },
  { ko: ['대만'], en: ['Taiwan'] },
  { ko: ['유럽'], en: ['Europe', 'European'] }
];

/** Proper names as the research found them printed in Hangul. */
const PRINTED_NAMES: readonly TermPair[] = [
  { ko: ['삼성전자'], en: ['Samsung Electronics', 'Samsung'] },
  { ko: ['삼성전자 파운드리'], en: ['Samsung Foundry'] },
  { ko: ['SK하이닉스'], en: ['SK hynix'] },
  { ko: ['SK텔레콤'], en: ['SK Telecom', 'SKT'] },
  { ko: ['과학기술정보통신부'], en: ['Ministry of Science and ICT', 'MSIT'] },
  { ko: ['독자 AI 파운데이션 모델 프로젝트'], en: ['sovereign AI foundation model'] },
  { ko: ['마이크로소프트'], en: ['Microsoft'] },
  { ko: ['네이버'], en: ['Naver'] },
  { ko: ['트웰브랩스'], en: ['Twelve Labs'] },
  { ko: ['엔비디아'], en: ['Nvidia'] },
  { ko: ['카카오'], en: ['Kakao'] },
  { ko: ['업스테이지'], en: ['Upstage'] },
  { ko: ['LG AI연구원'], en: ['LG AI Research'] },
  { ko: ['엔씨소프트'], en: ['NCSoft'] },
  { ko: ['엔씨AI'], en: ['NC AI'] },
  { ko: ['현대자동차그룹'], en: ['Hyundai Motor Group'] },
  { ko: ['보스턴다이나믹스'], en: ['Boston Dynamics'] },
  { ko: ['루닛'], en: ['Lunit'] },
  { ko: ['뷰노'], en: ['VUNO'] },
  { ko: ['크래프톤'], en: ['Krafton'] },
  { ko: ['퓨리오사AI'], en: ['FuriosaAI'] },
  { ko: ['쿠팡'], en: ['Coupang'] },
  { ko: ['리벨리온'], en: ['Rebellions'] },
  { ko: ['사피온'], en: ['Sapeon'] },
  { ko: ['딥엑스'], en: ['DeepX'] },
  { ko: ['가온칩스'], en: ['Gaonchips'] },
  { ko: ['국가인공지능전략위원회'], en: ['National AI Strategy Committee'] },
  { ko: ['AI기본법', '인공지능 발전과 신뢰 기반 조성 등에 관한 기본법'], en: ['AI Basic Act'] },
  { ko: ['K칩스법'], en: ['K-Chips Act'] },
  { ko: ['조세특례제한법'], en: ['Restriction of Special Taxation Act'] },
  { ko: ['정보통신산업진흥원'], en: ['National IT Industry Promotion Agency', 'NIPA'] },
  { ko: ['지능정보사회진흥원'], en: ['NIA'] },
  { ko: ['정보통신기획평가원'], en: ['IITP'] }
];

/** Every built-in pair: the field's words, then proper names. */
export const STANDARD_TERMS: readonly TermPair[] = [...FIELD_TERMS, ...PRINTED_NAMES];
