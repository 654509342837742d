import PDFDocument from 'pdfkit';
import { allFigureModels } from '../../shared/briefing/figures';
import { numberSources } from '../../shared/briefing/numbering';
import type { Briefing } from '../../shared/briefing/schema';
import { layoutBriefing } from './briefing';
import type { DocContext } from './context';
import { install } from './engine';
import { formatDate, References } from './format';
import { HANDOUT_DENSITIES, layoutHandout, type HandoutDensity } from './handout';
import { layoutCompany } from './company';
import { companyProfiles, profileById } from '../../shared/briefing/companies';
import { Flow } from './layout';
import { FONTS, MARGINS, PAPER_SIZES, type Paper } from './theme';

/**
 * PDF export: the full briefing (cover, contents, sections, glossary, sources) and the one-page handout.
 * Plain Node (pdfkit), no Electron. Layout: layout.ts (page flow), cover/contents/section/appendix/chrome
 * for the briefing, handout.ts, figure.ts + charts.ts (bars, lines, share, timeline) for vector charts, all
 * setting text through typography.ts; engine/ makes pdfkit faster (install, below); warm-up.ts does a first
 * export's work ahead. This is the only module imported from outside pdf/.
 */

export { exportWarmer, warmUpExport } from './warm-up';

/** Which document to build. */
export type PdfKind = 'briefing' | 'handout' | 'company';
export type { Paper } from './theme';
/** What to export; `sections` are ids, exported in briefing order whatever order they are given in. */
export interface PdfOptions {
  kind: PdfKind;
  paper: Paper;
  /** Section ids, in briefing order; default all. */
  sections?: string[];
  preparedFor?: string;
  preparedBy?: string;
  /** For kind "company": the id of the company profile. */
  company?: string;
}
/** Where the process finds its resources: the Electron main process and the CLI pass different font folders. */
export interface PdfEnv {
  /** Folder holding Pretendard-Regular/SemiBold/Bold.ttf. */
  fontDir: string;
  /** Creation date written into the metadata; defaults to now. */
  now?: Date;
}

/** Margins of the handout: tighter than the briefing's so one page holds it. */
export const HANDOUT_MARGINS = { top: 64, bottom: 56, left: 44, right: 44 } as const;

/** Checks the options against the briefing; throws an Error naming the problem. */
export function checkOptions(briefing: Briefing, options: PdfOptions): void {
  if (options.kind !== 'briefing' && options.kind !== 'handout' && options.kind !== 'company')
    throw new Error(`Unknown PDF kind "${String(options.kind)}"; expected "briefing", "handout" or "company".`);
  if (options.kind === 'company') {
    const ids = companyProfiles(briefing).map((c) => c.id);
    if (!options.company) throw new Error(`A company profile needs a company id; the briefing has: ${ids.join(', ')}.`);
    if (!ids.includes(options.company)) throw new Error(`Unknown company id "${options.company}"; the briefing has: ${ids.join(', ')}.`);
  }
  if (!(options.paper in PAPER_SIZES)) throw new Error(`Unknown paper size "${String(options.paper)}"; expected "a4" or "letter".`);
  if (options.sections) {
    if (options.sections.length === 0) throw new Error('No sections selected; leave "sections" out to export all of them.');
    const known = briefing.sections.map((s) => s.id);
    const unknown = options.sections.filter((id) => !known.includes(id));
    if (unknown.length) {
      throw new Error(
        `Unknown section id${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')}; the briefing has: ${known.join(', ')}.`
      );
    }
  }
}

/** Builds the PDF in memory. Throws an Error with a clear message on bad options (e.g. an unknown section id). */
export async function buildPdf(briefing: Briefing, options: PdfOptions, env: PdfEnv): Promise<Buffer> {
  checkOptions(briefing, options);
  if (options.kind !== 'handout') return (await render(briefing, options, env, 0)).bytes;
  // The handout tries to stay on one page: normal first, then tighter; if none fits, the roomier two-page one.
  let best = await render(briefing, options, env, HANDOUT_DENSITIES[0]);
  for (const density of HANDOUT_DENSITIES.slice(1)) {
    if (best.pages === 1) break;
    const tighter = await render(briefing, options, env, density);
    if (tighter.pages < best.pages) best = tighter;
  }
  return best.bytes;
}

/** Lays out and writes one document; `density` only matters for the handout. */
async function render(
  briefing: Briefing,
  options: PdfOptions,
  env: PdfEnv,
  density: HandoutDensity
): Promise<{ bytes: Buffer; pages: number }> {
  const wanted = options.sections ? new Set(options.sections) : null;
  // Briefing order wins over the order the ids were given in.
  const sections = briefing.sections.filter((s) => !wanted || wanted.has(s.id));
  // Figures are numbered within the exported document, so a subset starts at Figure 1.
  const figures = allFigureModels({ ...briefing, sections });
  const now = env.now ?? new Date();
  const kindName = options.kind === 'handout' ? 'Handout' : 'Briefing';
  const company = options.kind === 'company' ? profileById(briefing, options.company ?? '') : undefined;
  // The handout and the company profile are single sheets: tighter margins.
  const sheet = options.kind !== 'briefing';

  const doc = new PDFDocument({
    size: [...PAPER_SIZES[options.paper]],
    margins: sheet ? HANDOUT_MARGINS : MARGINS,
    autoFirstPage: false,
    // No default Helvetica: pdfkit would read its AFM file from disk, which a bundled main process may not ship.
    font: '',
    bufferPages: true,
    tagged: true,
    lang: briefing.language,
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: company
        ? `${company.name} (${company.nameKo}) — company profile`
        : options.kind === 'handout'
          ? `${briefing.title} — handout`
          : briefing.title,
      Author: options.preparedBy ?? briefing.label ?? briefing.title,
      Subject: briefing.subtitle ?? `${kindName} as of ${formatDate(briefing.asOf)}`,
      Keywords: [briefing.title, 'briefing', ...sections.map((s) => s.title)].join(', '),
      CreationDate: now,
      ModDate: now,
      Creator: 'Korea AI Briefing'
    }
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const engine = install(doc, env.fontDir);
  doc.font(FONTS.regular);
  const flow = new Flow(doc, options.paper, sheet ? HANDOUT_MARGINS : MARGINS, options.kind === 'handout' ? 2 : company ? 1 : Infinity);
  const root = doc.struct('Document');
  doc.addStructure(root);
  const ctx: DocContext = {
    doc,
    flow,
    refs: new References(numberSources(briefing), options.kind === 'briefing'),
    root,
    briefing,
    sections,
    figures,
    asOf: briefing.asOf,
    preparedFor: options.preparedFor?.trim() || undefined,
    preparedBy: options.preparedBy?.trim() || undefined
  };
  if (company) layoutCompany(ctx, company);
  else if (options.kind === 'handout') layoutHandout(ctx, density);
  else layoutBriefing(ctx);
  const pages = flow.pageCount;
  root.end();
  doc.end();
  return { bytes: engine.finish(await done), pages };
}
