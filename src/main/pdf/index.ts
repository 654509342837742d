import PDFDocument from 'pdfkit';
import { allFigureModels } from '../../shared/briefing/figures';
import { numberSources } from '../../shared/briefing/numbering';
import { keyFiguresWithIds } from '../../shared/briefing/key-figures';
import type { Briefing, Section } from '../../shared/briefing/schema';
import { exportRequestSchema, notesToPrint, type ExportRequest } from '../../shared/export-request';
import { formatProblems, jsonPath } from '../../shared/briefing/validate';
import { layoutBriefing } from './briefing';
import type { DocContext } from './context';
import { install } from './engine';
import { References } from './format';
import { figureInLanguage } from './figure';
import { keepKoreanWordsTogether } from './hangul-breaks';
import { setDocLanguage } from './language';
import { localize } from '../../shared/briefing/localize';
import { pdfMessages, type PdfLang } from '../../shared/i18n/pdf';
import { layoutHandout, type HandoutPlaced } from './handout';
import { layoutCompany } from './company';
import { companyProfiles, profileById } from '../../shared/briefing/companies';
import { Flow } from './layout';
import { FONTS, MARGINS, PAPER_SIZES } from './theme';

/**
 * PDF export: the full briefing (cover, contents, sections, glossary, sources) and the one-page handout.
 * Plain Node (pdfkit), no Electron. Layout: layout.ts (page flow), cover/contents/section/appendix/chrome
 * for the briefing, handout.ts, figure.ts + charts.ts (bars, lines, share, timeline) for vector charts, all
 * setting text through typography.ts; engine/ makes pdfkit faster (install, below); warm-up.ts does a first
 * export's work ahead. This is the only module imported from outside pdf/.
 */

export { exportWarmer, warmUpExport } from './warm-up';
// Which characters the PDF fonts cannot draw, for the validator, the export and the app's open path.
export {
  exportWarnings,
  findUndrawable,
  openNotice,
  undrawableInExport,
  undrawableWarnings,
  type Undrawable
} from './engine/font-coverage';

/** What to export: the one request type of IPC, settings and CLI (see shared/export-request.ts). */
export type { ExportRequest } from '../../shared/export-request';
export type { Paper } from './theme';
export type { HandoutPlaced } from './handout';
/** Which document to build. */
export type PdfKind = ExportRequest['kind'];
/** A built PDF with what the reader should be told about it. */
export interface PdfReport {
  bytes: Buffer;
  pages: number;
  /** What was left out (the handout chooses what fits) or ignored, in words for the reader. */
  warnings: string[];
  /** For a handout: the key numbers and figures it placed, by id, in order. */
  placed?: HandoutPlaced;
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

const plural = (n: number, word: string): string => (n === 1 ? word : `${word}s`);
const quoted = (ids: readonly string[]): string => ids.map((id) => `"${id}"`).join(', ');

/** Checks the request against the briefing; throws an Error naming every unknown or misplaced id. */
export function checkOptions(briefing: Briefing, options: ExportRequest): void {
  // The request's own shape (kinds, paper sizes, field types) is the contract's: one definition, in export-request.ts.
  const shape = exportRequestSchema.safeParse(options);
  if (!shape.success)
    throw new Error(
      `Bad export request: ${formatProblems(shape.error.issues.map((i) => ({ path: jsonPath(i.path), message: i.message })))}`
    );
  if (options.kind === 'company') {
    const ids = companyProfiles(briefing).map((c) => c.id);
    if (!options.company) throw new Error(`A company profile needs a company id; the briefing has: ${ids.join(', ')}.`);
    if (!ids.includes(options.company)) throw new Error(`Unknown company id "${options.company}"; the briefing has: ${ids.join(', ')}.`);
  }
  if (options.bilingual && options.kind !== 'handout')
    throw new Error(
      `A bilingual PDF is a handout (English on one side, Korean on the other); use "bilingual" with kind "handout", not "${options.kind}".`
    );
  if (options.bilingual && options.backPage)
    throw new Error('A bilingual handout has one page per language and no back page; leave out "backPage" or "bilingual".');
  const known = briefing.sections.map((s) => s.id);
  if (options.sections) {
    if (options.sections.length === 0) throw new Error('No sections selected; leave "sections" out to export all of them.');
    const unknown = options.sections.filter((id) => !known.includes(id));
    if (unknown.length)
      throw new Error(`Unknown section ${plural(unknown.length, 'id')} ${quoted(unknown)}; the briefing has: ${known.join(', ')}.`);
    const twice = options.sections.filter((id, i) => options.sections?.indexOf(id) !== i);
    if (twice.length) throw new Error(`Section ${plural(twice.length, 'id')} ${quoted([...new Set(twice)])} given more than once.`);
  }
  const chosen = chosenSections(briefing, options);
  const chosenIds = new Set(chosen.map((s) => s.id));
  const checkItems = (what: string, field: string, ids: readonly string[] | undefined, owner: Map<string, string>): void => {
    if (!ids) return;
    const unknown = ids.filter((id) => !owner.has(id));
    if (unknown.length) throw new Error(`Unknown ${what} ${plural(unknown.length, 'id')} in ${field}: ${quoted(unknown)}.`);
    const outside = ids.filter((id) => !chosenIds.has(owner.get(id) ?? ''));
    if (outside.length)
      throw new Error(
        `${field}: ${outside.map((id) => `"${id}" is in section "${owner.get(id)}"`).join(', ')}, which the pack does not include.`
      );
  };
  const figureOwner = new Map(briefing.sections.flatMap((s) => s.figures.map((f) => [f.id, s.id] as const)));
  const numberOwner = new Map(briefing.sections.flatMap((s) => keyFiguresWithIds(s).map((k) => [k.id, s.id] as const)));
  checkItems('figure', 'handoutFigures', options.handoutFigures, figureOwner);
  checkItems('key figure', 'handoutNumbers', options.handoutNumbers, numberOwner);
  const unknownNotes = Object.keys(options.notes ?? {}).filter((id) => !known.includes(id));
  if (unknownNotes.length) throw new Error(`Notes for unknown ${plural(unknownNotes.length, 'section')} ${quoted(unknownNotes)}.`);
}

/** The sections of the pack in the reader's order; all, in briefing order, when none are named. */
export function chosenSections(briefing: Briefing, options: Pick<ExportRequest, 'sections'>): Section[] {
  if (!options.sections) return briefing.sections;
  const byId = new Map(briefing.sections.map((s) => [s.id, s]));
  return options.sections.map((id) => byId.get(id)).filter((s): s is Section => s !== undefined);
}

/** Builds the PDF in memory. Throws an Error with a clear message on bad options (e.g. an unknown section id). */
export async function buildPdf(briefing: Briefing, options: ExportRequest, env: PdfEnv): Promise<Buffer> {
  return (await buildPdfReport(briefing, options, env)).bytes;
}

/** Builds the PDF and says what it left out (see PdfReport). */
export async function buildPdfReport(briefing: Briefing, options: ExportRequest, env: PdfEnv): Promise<PdfReport> {
  checkOptions(briefing, options);
  return render(briefing, options, env);
}

/** The languages of a request's pages in order: one, or English then Korean for the bilingual handout. */
export function pdfLanguages(options: Pick<ExportRequest, 'lang' | 'bilingual' | 'kind'>): PdfLang[] {
  return options.bilingual && options.kind === 'handout' ? ['en', 'ko'] : [options.lang ?? 'en'];
}

/** Lays out and writes one document (the handout fits itself onto its page in one pass: handout-fit.ts). */
async function render(source: Briefing, options: ExportRequest, env: PdfEnv): Promise<PdfReport> {
  // Korean words are never split between lines (hangul-breaks.ts); once per process, for every document.
  keepKoreanWordsTogether();
  const languages = pdfLanguages(options);
  const lang = languages[0];
  const t = pdfMessages(lang);
  const briefing = localize(source, lang);
  // The reader's order: a meeting pack puts first what the meeting is about.
  const sections = chosenSections(briefing, options);
  // Figures are numbered within the exported document, so a subset starts at Figure 1.
  const figures = allFigureModels({ ...briefing, sections }).map((m) => figureInLanguage(m, t));
  const now = env.now ?? new Date();
  const kindName = options.kind === 'handout' ? t.handout : t.briefing;
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
    lang: t.tag,
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: company
        ? `${lang === 'ko' ? `${company.nameKo} (${company.name})` : `${company.name} (${company.nameKo})`} — ${t.companyProfile.toLowerCase()}`
        : options.kind === 'handout'
          ? `${options.title?.trim() || briefing.title} — ${options.bilingual ? `${t.handout.toLowerCase()} / ${pdfMessages('ko').handout}` : t.handout.toLowerCase()}`
          : options.title?.trim() || briefing.title,
      Author: options.preparedBy ?? briefing.label ?? briefing.title,
      Subject: briefing.subtitle ?? `${kindName} · ${t.asOf(t.date(briefing.asOf))}`,
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
  const root = doc.struct('Document');
  doc.addStructure(root);
  /** The context of one language's pages: the briefing, figures and words in that language, and a Flow of its own. */
  const contextFor = (side: PdfLang): DocContext => {
    const read = side === lang ? briefing : localize(source, side);
    const shown = side === lang ? sections : chosenSections(read, options);
    setDocLanguage(doc, side);
    const flow = new Flow(
      doc,
      options.paper,
      sheet ? HANDOUT_MARGINS : MARGINS,
      // The handout is one page (per side), two with the back page; its fitting makes sure nothing asks for more.
      // A company profile is one page.
      options.kind === 'handout' ? (options.backPage ? 2 : 1) : company ? 1 : Infinity
    );
    if (engine.paragraphs) flow.paragraphs = engine.paragraphs;
    return {
      doc,
      flow,
      refs: new References(numberSources(read), options.kind === 'briefing'),
      root,
      briefing: read,
      lang: side,
      t: pdfMessages(side),
      sections: shown,
      figures: side === lang ? figures : allFigureModels({ ...read, sections: shown }).map((m) => figureInLanguage(m, pdfMessages(side))),
      asOf: read.asOf,
      request: options,
      title: options.title?.trim() || read.title,
      meetingDate: options.date,
      preparedFor: options.preparedFor?.trim() || undefined,
      preparedBy: options.preparedBy?.trim() || undefined,
      notes: notesToPrint(options)
    };
  };
  let handout: { warnings: string[]; placed: HandoutPlaced } | undefined;
  if (company) layoutCompany(contextFor(lang), company);
  else if (options.kind === 'briefing') layoutBriefing(contextFor(lang));
  else {
    // One handout per language, each on its own page; the chrome once all pages exist ("Page 1 of 2").
    const sides = languages.map((side) => layoutHandout(contextFor(side)));
    for (const side of sides) side.drawChrome();
    // What the first side placed: the bilingual sheet's Korean side is the same handout.
    handout = { warnings: sides.flatMap((side) => side.warnings), placed: sides[0].placed };
  }
  const pages = doc.bufferedPageRange().count;
  root.end();
  doc.end();
  const bytes = engine.finish(await done);
  return handout ? { bytes, pages, warnings: handout.warnings, placed: handout.placed } : { bytes, pages, warnings: [] };
}
