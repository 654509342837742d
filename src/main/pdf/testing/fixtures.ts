import type { Briefing, Section } from '../../../shared/briefing/schema';
import { validateBriefing, formatProblems } from '../../../shared/briefing/validate';

/** Test data only: a briefing that exercises every chart kind, fact-checks, long text and Hangul. */

const LOREM =
  'Korean conglomerates and start-ups are building foundation models, data centres and AI chips, while the government funds compute and sets rules for high-impact systems. ' +
  'Investment has risen quickly since 2020, but talent shortages and power supply remain constraints that the strategy documents themselves acknowledge.';

function section(id: string, title: string, extra: Partial<Section> = {}): Section {
  return {
    id,
    title,
    summary: `${title}: what changed, what it means, and what to watch next. 요약: 한국 인공지능 산업의 현황.`,
    takeaways: [
      { text: `${title} is the first takeaway, kept short enough for the handout.`, sources: ['src-a'] },
      { text: 'A second takeaway that only the full briefing shows.', sources: ['src-b'] }
    ],
    keyFigures: [
      { label: `${title} headline number`, value: 1250000, unit: 'USD', qualifier: 'about', sources: ['src-a'], asOf: '2024' },
      { label: 'Share of firms using AI', value: 28.5, unit: '%', sources: ['src-b'], asOf: '2023-12' },
      { label: 'GPUs ordered', value: 10000, unit: 'GPUs', qualifier: 'more than', sources: ['src-c'] }
    ],
    body: [
      { text: `${LOREM} 정부는 인공지능 기본법을 통과시켰다.`, sources: ['src-a', 'src-b'] },
      { text: LOREM, sources: ['src-c'] },
      { text: `${LOREM} ${LOREM}`, sources: ['src-a'] }
    ],
    facts: [
      {
        id: `${id}-fact-1`,
        text: 'The AI Basic Act takes effect in January 2026.',
        sources: ['src-a'],
        asOf: '2025-01',
        checks: [
          { verdict: 'confirmed', note: 'The act was promulgated on 21 January 2025 with a one-year grace period.', sources: ['src-b'] },
          { verdict: 'differs', note: 'Some provisions may be delayed by enforcement decrees.', sources: ['src-c'] }
        ]
      },
      {
        id: `${id}-fact-2`,
        text: 'Naver trained HyperCLOVA X on Korean data.',
        sources: ['src-b'],
        checks: [{ verdict: 'unconfirmed', note: 'Training data size was not disclosed.', sources: ['src-a'] }]
      }
    ],
    figures: [],
    ...extra
  };
}

/** A valid briefing with four sections and one figure of every kind. */
export function richBriefing(): Briefing {
  const data: Briefing = {
    schemaVersion: 2,
    id: 'test-rich',
    title: 'South Korea AI Industry Briefing',
    subtitle: 'Policy, compute, companies and talent',
    label: 'Test dataset',
    asOf: '2025-03-31',
    language: 'en',
    sources: [
      {
        id: 'src-a',
        title: 'National AI Strategy',
        publisher: 'Ministry of Science and ICT',
        date: '2024-09',
        url: 'https://www.msit.go.kr/example',
        kind: 'government'
      },
      {
        id: 'src-b',
        title: 'AI Index Report 2024',
        publisher: 'Stanford HAI',
        author: 'N. Maslej et al.',
        date: '2024-04-15',
        url: 'https://aiindex.stanford.edu/report/'
      },
      { id: 'src-c', title: '인공지능 산업 실태조사', publisher: '과학기술정보통신부', date: '2024', kind: 'report' },
      { id: 'src-d', title: 'Unused source', publisher: 'Nobody' }
    ],
    sections: [
      section('policy', 'Policy and regulation', {
        figures: [
          {
            id: 'budget',
            kind: 'bar',
            title: 'Government AI budget by year',
            unit: 'KRW bn',
            labels: ['2021', '2022', '2023', '2024', '2025'],
            series: [{ name: 'Budget', values: [780, 920, 1100, 1460, 1800] }],
            sources: ['src-a'],
            note: '2025 is the planned figure.',
            noteSources: ['src-a']
          },
          {
            id: 'milestones',
            kind: 'timeline',
            title: 'Milestones of Korean AI policy',
            unit: '',
            events: [
              { date: '2019-12', label: 'National AI Strategy', sources: ['src-a'] },
              { date: '2020-07', label: 'Digital New Deal', sources: ['src-a'] },
              { date: '2021', label: 'AI ethics standards', sources: ['src-a'] },
              { date: '2023-09', label: 'Digital Bill of Rights', sources: ['src-a'] },
              { date: '2024-09', label: 'National AI Committee launched', sources: ['src-a'] },
              {
                date: '2024-12-26',
                label: 'AI Basic Act passed by the National Assembly',
                detail: 'Passed 260 to 1; it sets duties for high-impact and generative AI. 인공지능 기본법.',
                sources: ['src-a']
              },
              { date: '2025-01-21', label: 'AI Basic Act promulgated', sources: ['src-a'] },
              { date: '2026-01-22', label: 'AI Basic Act in force', sources: ['src-a'] }
            ],
            sources: ['src-a']
          }
        ]
      }),
      section('compute', 'Compute and chips', {
        figures: [
          {
            id: 'chip-share',
            kind: 'share',
            title: 'HBM market share, 2024',
            unit: '%',
            labels: ['SK hynix', 'Samsung', 'Micron', 'Other'],
            series: [{ name: 'Share', values: [53, 38, 8, 1] }],
            sources: ['src-b']
          },
          {
            id: 'dc-capacity',
            kind: 'bar',
            title: 'Data-centre capacity by operator type',
            unit: 'MW',
            horizontal: true,
            stacked: true,
            labels: ['Telecom operators', 'Cloud providers', 'Public institutions', 'Internet platforms (Naver, Kakao)'],
            series: [
              { name: 'Operating', values: [420, 310, 120, 260] },
              { name: 'Under construction', values: [180, 240, 60, 140] }
            ],
            sources: ['src-c']
          }
        ]
      }),
      section('companies', 'Companies and start-ups', {
        figures: [
          {
            id: 'investment',
            kind: 'line',
            title: 'Venture investment in AI start-ups',
            unit: 'USD bn',
            labels: ['2018', '2019', '2020', '2021', '2022', '2023', '2024'],
            series: [
              { name: 'Korea', values: [0.6, 0.9, 1.1, 2.4, 2.0, 1.6, 1.9] },
              { name: 'Japan', values: [0.8, 1.0, 0.9, 1.7, 1.5, null, 1.4] },
              { name: 'Singapore', values: [0.5, 0.6, 0.7, 1.2, 1.1, 0.9, 1.0] }
            ],
            sources: ['src-b', 'src-c']
          },
          {
            id: 'models',
            kind: 'bar',
            title: 'Notable models by organisation type',
            unit: 'models',
            labels: ['Large firms', 'Start-ups', 'Universities', 'Government labs'],
            series: [
              { name: '2022', values: [6, 3, 2, 1] },
              { name: '2023', values: [9, 5, 2, 1] },
              { name: '2024', values: [12, 8, 3, 2] }
            ],
            sources: ['src-b']
          },
          {
            id: 'funding-stage',
            kind: 'bar',
            title: 'AI start-up funding by stage',
            unit: 'USD m',
            stacked: true,
            labels: ['2021', '2022', '2023', '2024'],
            series: [
              { name: 'Seed', values: [120, 140, 110, 130] },
              { name: 'Series A–B', values: [640, 520, 430, 510] },
              { name: 'Series C+', values: [900, 700, 520, 760] }
            ],
            sources: ['src-c']
          }
        ]
      }),
      section('talent', 'Talent and research', {
        facts: [],
        // One paragraph longer than a page, so pdfkit's own page break is exercised.
        body: [{ text: Array.from({ length: 22 }, () => LOREM).join(' '), sources: ['src-c'] }],
        figures: [
          {
            id: 'monthly-postings',
            kind: 'line',
            title: 'AI job postings per month',
            unit: 'postings',
            labels: Array.from({ length: 36 }, (_, i) => `${2022 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`),
            series: [{ name: 'Postings', values: Array.from({ length: 36 }, (_, i) => 1200 + 40 * i + (i % 5) * 90) }],
            sources: ['src-c']
          },
          {
            id: 'many-events',
            kind: 'timeline',
            title: 'Every AI programme launch, 2016–2025',
            unit: '',
            events: Array.from({ length: 30 }, (_, i) => ({
              date: `${2016 + Math.floor(i / 3)}-${String(((i * 4) % 12) + 1).padStart(2, '0')}`,
              label: `Programme ${i + 1} launched`,
              detail: i % 4 === 0 ? 'A longer explanation of what the programme funds and who runs it.' : undefined,
              sources: ['src-a']
            })),
            sources: ['src-a']
          }
        ]
      })
    ],
    glossary: [
      { term: 'HBM', ko: '고대역폭 메모리', explanation: 'High-bandwidth memory stacked next to AI accelerators.', sources: ['src-b'] }
    ]
  };
  const result = validateBriefing(data);
  if (!result.ok) throw new Error(`test fixture is invalid:\n${formatProblems(result.problems)}`);
  return result.briefing;
}

/** A briefing too big for one handout page or one contents page: 14 sections, 60 more sources. */
export function bigBriefing(): Briefing {
  const rich = richBriefing();
  const base = rich.sections.slice(0, 3);
  const sources = Array.from({ length: 60 }, (_, i) => ({
    id: `s${i}`,
    title: `A rather long report title number ${i} about Korean AI`,
    publisher: 'Some Institute',
    date: '2024-01',
    url: `https://example.org/reports/${i}`
  }));
  const sections: Section[] = Array.from({ length: 14 }, (_, i) => ({
    ...base[i % base.length],
    id: `sec-${i}`,
    title: `Section number ${i + 1}`,
    facts: [],
    takeaways: [
      {
        text: `Takeaway ${i + 1}: ${'a long sentence that goes on to fill the line and then some more words '.repeat(3)}`,
        sources: [0, 1, 2, 3].map((k) => `s${(i * 4 + k) % 60}`)
      }
    ],
    figures: base[i % base.length].figures.map((f) => ({ ...f, id: `${f.id}-${i}` }))
  }));
  const data = { ...rich, sources: [...rich.sources, ...sources], sections };
  const result = validateBriefing(data);
  if (!result.ok) throw new Error(`test fixture is invalid:\n${formatProblems(result.problems)}`);
  return result.briefing;
}

/** Awkward but valid data: empty section, nulls, negatives, huge category lists, one-event timeline, very long title. */
export function edgeBriefing(): Briefing {
  const rich = richBriefing();
  const many = (n: number, prefix: string): string[] => Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}`);
  const data: Briefing = {
    ...rich,
    title: `${'A very long briefing title that keeps going '.repeat(6)}end`.slice(0, 290),
    subtitle: 'And a subtitle that is also rather long, to see that the cover still holds together when both run to several lines.',
    sections: [
      {
        id: 'empty',
        title: 'A section with only a summary',
        summary: 'Nothing else here.',
        takeaways: [],
        keyFigures: [],
        body: [],
        figures: []
      },
      {
        id: 'odd-charts',
        title: 'Odd charts',
        summary: 'Charts with awkward data.',
        takeaways: [],
        keyFigures: [],
        body: [],
        figures: [
          {
            id: 'nulls',
            kind: 'bar',
            title: 'All values missing',
            unit: '%',
            labels: ['a', 'b'],
            series: [{ name: 's', values: [null, null] }],
            sources: ['src-a']
          },
          {
            id: 'negative',
            kind: 'bar',
            title: 'Profit and loss',
            unit: 'KRW bn',
            labels: ['2021', '2022', '2023'],
            series: [{ name: 'Net', values: [-120, 35, -8.5] }],
            sources: ['src-a']
          },
          {
            id: 'one-point',
            kind: 'line',
            title: 'A single point',
            unit: 'USD m',
            labels: ['2024'],
            series: [{ name: 'Only', values: [42] }],
            sources: ['src-a']
          },
          {
            id: 'zeros',
            kind: 'share',
            title: 'Many small shares',
            unit: 'firms',
            labels: many(60, 'Firm'),
            series: [{ name: 'Firms', values: many(60, '').map((_, i) => (i === 3 ? 0 : 60 - i)) }],
            sources: ['src-b']
          },
          {
            id: 'long-list',
            kind: 'bar',
            title: 'Eighty categories',
            unit: 'patents',
            horizontal: true,
            labels: many(80, 'Category'),
            series: [{ name: 'Patents', values: many(80, '').map((_, i) => i * 3) }],
            sources: ['src-c']
          },
          {
            id: 'one-event',
            kind: 'timeline',
            title: 'One event',
            unit: '',
            events: [{ date: '2024-05-03', label: 'The only event', sources: ['src-a'] }],
            sources: ['src-a']
          }
        ]
      }
    ]
  };
  const result = validateBriefing(data);
  if (!result.ok) throw new Error(`test fixture is invalid:\n${formatProblems(result.problems)}`);
  return result.briefing;
}

/** Sections whose body grows a line at a time, so their "Facts and checks" heading sweeps down the page. */
export function sweepBriefing(): Briefing {
  const rich = richBriefing();
  const data: Briefing = {
    ...rich,
    sections: Array.from({ length: 40 }, (_, i) => ({
      id: `sweep-${i}`,
      title: `Sweep ${i + 1}`,
      summary: 'A section of growing length.',
      takeaways: [],
      keyFigures: [],
      body: [{ text: 'Korean AI firms expand data centres. '.repeat(6 + 3 * i), sources: ['src-a'] }],
      facts: [
        {
          id: `sweep-fact-${i}`,
          text: 'A claim that has a check.',
          sources: ['src-a'],
          checks: [{ verdict: 'disputed', note: 'Another source gives a different number.', sources: ['src-b'] }]
        }
      ],
      figures: []
    }))
  };
  const result = validateBriefing(data);
  if (!result.ok) throw new Error(`test fixture is invalid:\n${formatProblems(result.problems)}`);
  return result.briefing;
}
