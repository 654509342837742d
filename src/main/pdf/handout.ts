import { drawPageChrome } from './chrome';
import { setDocLanguage } from './language';
import type { PdfMessages } from '../../shared/i18n/pdf';
import type { DocContext } from './context';
import {
  DENSITIES,
  FIGURE_GAP,
  fillPage,
  frontUnits,
  HandoutMeasure,
  itemStyles,
  noteUnits,
  figureUnit,
  SOURCES_HEAD,
  SOURCES_TEXT,
  type PageContent,
  type Unit
} from './handout-fit';
import { BACK_FIGURES, handoutCandidates, type HandoutCandidates } from './handout-plan';
import type { StructElement } from './layout';
import { drawNotesBox } from './notes';
import { ruledHeading } from './ruled-heading';
import { drawTiles } from './section';
import { COLORS, STYLES, type TextStyle } from './theme';

/**
 * The handout: exactly one page (a back page only when asked for), whatever is chosen. The pack's title,
 * date and people; the key numbers; what matters, section by section in the chosen order; a row of figures
 * led by the first chosen section's; the reader's notes, boxed apart; the sources of all of it under their
 * briefing-wide numbers. handout-plan.ts picks the candidates, handout-fit.ts fits them; this file draws.
 */

const TITLE: TextStyle = { font: 'bold', size: 20, lineGap: 1, color: COLORS.text };
const PEOPLE_LABEL: TextStyle = { font: 'semibold', size: 9.5, lineGap: 2, color: COLORS.muted };
const PEOPLE_VALUE: TextStyle = { font: 'regular', size: 9.5, lineGap: 2, color: COLORS.text };
/** Points kept free at the page's foot, so rounding never pushes a line onto a second page. */
const SAFETY = 2;

/** The eyebrow, title, people line and subtitle of the front, in the order drawn. */
function titleLines(ctx: DocContext): { eyebrow: string; title: string; people: [string, string][]; subtitle?: string } {
  const { briefing, t } = ctx;
  const custom = ctx.title !== briefing.title;
  const people: [string, string][] = [];
  if (ctx.meetingDate) people.push([t.meeting, t.date(ctx.meetingDate)]);
  if (ctx.preparedFor) people.push([t.preparedFor, ctx.preparedFor]);
  if (ctx.preparedBy) people.push([t.preparedBy, ctx.preparedBy]);
  const from = custom ? briefing.title : (briefing.label ?? t.briefing);
  return {
    eyebrow: `${t.handout}  ·  ${from}  ·  ${t.asOf(t.date(briefing.asOf))}`.toUpperCase(),
    title: ctx.title,
    people,
    subtitle: custom ? undefined : briefing.subtitle
  };
}

const peopleRuns = (people: [string, string][]): { text: string; style: TextStyle }[] =>
  people.flatMap(([label, value], i) => [
    { text: `${i ? '     ' : ''}${label}  `, style: PEOPLE_LABEL },
    { text: value, style: PEOPLE_VALUE }
  ]);

/** Height of the title block as drawTitle draws it. */
function titleHeight(ctx: DocContext): number {
  const { flow } = ctx;
  const t = titleLines(ctx);
  let h = flow.measure(t.eyebrow, { ...STYLES.label, color: COLORS.muted }) + 4 + flow.measure(t.title, TITLE);
  if (t.people.length)
    h +=
      4 +
      flow.measure(
        peopleRuns(t.people)
          .map((r) => r.text)
          .join(''),
        PEOPLE_LABEL
      );
  if (t.subtitle) h += 2 + flow.measure(t.subtitle, { ...STYLES.body, color: COLORS.muted });
  return h + 8;
}

function drawTitle(ctx: DocContext, sect: StructElement): void {
  const { flow, doc } = ctx;
  const t = titleLines(ctx);
  flow.tag(sect, 'P', () => flow.write(t.eyebrow, { ...STYLES.label, color: COLORS.muted }));
  flow.gap(4);
  flow.tag(sect, 'H1', () => flow.write(t.title, TITLE));
  if (t.people.length) {
    flow.gap(4);
    flow.tag(sect, 'P', () => flow.writeRuns(peopleRuns(t.people)));
  }
  if (t.subtitle) {
    flow.gap(2);
    flow.tag(sect, 'P', () => flow.write(t.subtitle ?? '', { ...STYLES.body, color: COLORS.muted }));
  }
  const ruleY = flow.y + 4;
  flow.artifact(() => doc.rect(flow.left, ruleY, 40, 2.5).fillColor(COLORS.accent).fill());
  flow.gap(8);
}

/** An upper-case sub-heading with a hairline to the right margin. */
function subhead(ctx: DocContext, sect: StructElement, measure: HandoutMeasure, text: string): void {
  ctx.flow.gap(measure.d.gap);
  ruledHeading(ctx, sect, text);
  ctx.flow.gap(4);
}

/** Draws one page's blocks in their fixed order: numbers, what matters, figures, notes, sources. */
function drawPage(ctx: DocContext, sect: StructElement, measure: HandoutMeasure, page: PageContent, chartHeight: number): void {
  const { flow, doc } = ctx;
  const d = measure.d;
  if (page.numbers.length) {
    subhead(ctx, sect, measure, ctx.t.keyNumbers);
    drawTiles(
      ctx,
      sect,
      page.numbers.map((n) => n.figure),
      { columns: 4, look: d.tiles }
    );
  }
  if (page.takeaways.length) {
    subhead(ctx, sect, measure, ctx.t.whatMatters);
    const { item, lead } = itemStyles(d);
    const list = doc.struct('L');
    sect.add(list);
    for (const t of page.takeaways) {
      const y = flow.y;
      flow.artifact(() =>
        doc
          .rect(flow.left + 1, y + d.itemSize * 0.42, 4, 4)
          .fillColor(COLORS.accent)
          .fill()
      );
      flow.tag(list, 'LI', () =>
        flow.writeRuns(
          [
            { text: `${t.section.title}: `, style: lead },
            { text: `${t.item.text} `, style: item },
            ...ctx.refs.runs(t.item.sources, item, COLORS.muted)
          ],
          { x: flow.left + 12, width: flow.width - 12 }
        )
      );
      flow.y = y + measure.takeaways([t]) - measure.subhead(ctx.t.whatMatters);
    }
    list.end();
  }
  for (let i = 0; i < page.figures.length; i += 2) {
    const row = measure.figureRow(page.figures.slice(i, i + 2), chartHeight);
    flow.gap(d.gap);
    const y = flow.y;
    const align = {
      captionHeight: Math.max(...row.plans.map((p) => p.captionHeight)),
      chartHeight: Math.max(...row.plans.map((p) => p.chartHeight))
    };
    row.plans.forEach((p, j) => p.draw(sect, flow.left + j * (row.width + FIGURE_GAP), y, align));
    flow.y = y + row.height;
  }
  if (page.notes.length) {
    flow.gap(d.gap);
    drawNotesBox(ctx, sect, measure.notesParts(page.notes), { size: d.itemSize });
  }
  const entries = measure.sourceEntries(page);
  if (entries.length) {
    flow.gap(d.gap);
    flow.tag(sect, 'H2', () => flow.write(ctx.t.sources.toUpperCase(), SOURCES_HEAD));
    flow.gap(2);
    flow.tag(sect, 'P', () => flow.write(entries.join('   '), SOURCES_TEXT));
  }
}

/** The chart height that fills the page's spare room (up to a comfortable size) without pushing anything off. */
function grownChartHeight(measure: HandoutMeasure, page: PageContent, room: number): number {
  const base = measure.d.chartHeight;
  if (!page.figures.length) return base;
  const rows = Math.ceil(page.figures.length / 2);
  const spare = room - measure.page(page);
  let h = base + Math.min(Math.max(0, spare - 4) / rows, 90);
  while (h > base && measure.page(page, h) > room) h -= 5;
  return Math.max(base, h);
}

/** "Left out for room: …" lines, a note's parts said once. */
function leftOutWarnings(t: PdfMessages, leftOut: Unit[], where: string, hint: string): string[] {
  const seen = new Set<string>();
  const items = leftOut.filter((u) => !u.group || (!seen.has(u.group) && seen.add(u.group)));
  return items.length
    ? [
        t.leftOut.sentence(
          where,
          items.map((u) => u.what),
          hint
        )
      ]
    : [];
}

/** What a handout carries: the ids of the key numbers and figures it placed (front, then back page), in order. */
export interface HandoutPlaced {
  numbers: string[];
  figures: string[];
}

/** A handout laid out: what it left out, for the reader, what it placed, and the page chrome to draw once every page exists. */
export interface HandoutLayout {
  warnings: string[];
  placed: HandoutPlaced;
  drawChrome(): void;
}

/**
 * Lays out the handout from a new page of the document (the bilingual sheet lays out one per side, each with its
 * own Flow and language); the caller draws the chrome after the last side, when the page count is known.
 */
export function layoutHandout(ctx: DocContext): HandoutLayout {
  const { doc, flow, briefing, t } = ctx;
  const firstPage = doc.bufferedPageRange().count;
  const candidates: HandoutCandidates = handoutCandidates(ctx.sections, ctx.figures, {
    handoutNumbers: ctx.request.handoutNumbers,
    handoutFigures: ctx.request.handoutFigures,
    notes: ctx.notes
  });
  // Measuring sets fonts and colours, which needs a page to write to.
  flow.header = '';
  flow.addPage();
  const frontRoom = flow.bottom - flow.top - titleHeight(ctx) - SAFETY;
  // Roomiest setting first; a tighter one only when it leaves out less.
  let best: { measure: HandoutMeasure; page: PageContent; leftOut: Unit[]; cost: number } | null = null;
  for (const d of DENSITIES) {
    const measure = new HandoutMeasure(ctx, d);
    const fitted = fillPage(measure, frontUnits(candidates, t), frontRoom);
    if (!best || fitted.cost < best.cost) best = { measure, ...fitted };
    if (!best.cost) break;
  }
  if (!best) return { warnings: [], placed: { numbers: [], figures: [] }, drawChrome: () => undefined };
  const { measure, page } = best;

  // Each side says its language, so a screen reader switches voice on the bilingual sheet's Korean side.
  const sect = doc.struct('Sect', { lang: t.tag });
  ctx.root.add(sect);
  drawTitle(ctx, sect);
  drawPage(ctx, sect, measure, page, grownChartHeight(measure, page, frontRoom));
  sect.end();

  // The back page: the figures and notes the front had no room for, and more of the chosen figures.
  let leftOut = best.leftOut;
  let backLeftOut: Unit[] = [];
  const placed: HandoutPlaced = { numbers: page.numbers.map((n) => n.id), figures: page.figures.map((f) => f.id) };
  if (ctx.request.backPage) {
    const figures = candidates.figures.filter((f) => !page.figures.includes(f)).slice(0, BACK_FIGURES);
    const placedNotes = new Map(page.notes.map((n) => [n.section.id, n.blocks.length]));
    const notes = candidates.notes
      .map((n) => ({ section: n.section, blocks: n.blocks.slice(placedNotes.get(n.section.id) ?? 0) }))
      .filter((n) => n.blocks.length);
    const units: Unit[] = [...figures.map((m) => figureUnit(m, 2, t)), ...noteUnits(notes, t)];
    if (units.length) {
      const backRoom = flow.bottom - flow.top - measure.subhead(t.moreFiguresAndNotes) - SAFETY;
      const back = fillPage(measure, units, backRoom);
      leftOut = leftOut.filter((u) => !units.some((b) => b.what === u.what && b.group === u.group));
      backLeftOut = back.leftOut;
      flow.header = `${ctx.title}  ·  ${t.handoutBack}`;
      flow.addPage();
      const backSect = doc.struct('Sect', { lang: t.tag });
      ctx.root.add(backSect);
      flow.y = flow.top - measure.d.gap;
      subhead(ctx, backSect, measure, t.moreFiguresAndNotes);
      drawPage(ctx, backSect, measure, back.page, grownChartHeight(measure, back.page, backRoom));
      backSect.end();
      placed.figures.push(...back.page.figures.map((f) => f.id));
    }
  }

  const label = briefing.label ? `  ·  ${briefing.label}` : '';
  const pages = flow.pageCount;
  const drawChrome = (): void => {
    setDocLanguage(doc, ctx.lang);
    drawPageChrome(ctx, {
      from: firstPage,
      to: firstPage + pages,
      header: (i) => (i === firstPage ? '' : (flow.pageHeaders[i - firstPage] ?? '')),
      footerLeft: `${t.handout}  ·  ${briefing.title}  ·  ${t.asOf(t.date(briefing.asOf))}${label}`
    });
  };
  // A bilingual sheet has no back page to offer.
  // The warnings are in the document's language, like the titles they name.
  const hint = ctx.request.backPage || ctx.request.bilingual ? '' : t.leftOut.backPageHint;
  const canGoBack = leftOut.some((u) => u.kind === 'notes' || u.kind === 'figure');
  const where = t.leftOut.where(ctx.request.bilingual ? ctx.lang : 'handout');
  const warnings = [
    ...leftOutWarnings(t, leftOut, where, canGoBack ? hint : ''),
    ...leftOutWarnings(t, backLeftOut, t.leftOut.where('back'), '')
  ];
  return { warnings, placed, drawChrome };
}
