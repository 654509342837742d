import { SHEET_SUBHEAD } from './ruled-heading';
import type { FigureModel } from '../../shared/briefing/figures';
import type { PdfMessages } from '../../shared/i18n/pdf';
import type { DocContext } from './context';
import { planFigure, type FigurePlan } from './figure';
import { referenceText } from './format';
import { TILES_PER_ROW, type HandoutCandidates, type HandoutNote, type HandoutNumber } from './handout-plan';
import { notesBoxChrome, notesPartHeight, type NotesPart } from './notes';
import { firstTileRowHeight, type TileLook } from './section';
import { COLORS, STYLES, type TextStyle } from './theme';

/**
 * Fitting the handout onto its page: measure every candidate (handout-plan.ts) with the same styles the
 * drawing uses, then take them in order of importance while the page — the sources they cite included —
 * still has room. Text never goes below 7 pt: what does not fit is left out and named, not shrunk.
 */

/** One setting of the handout's type and spacing; tried roomiest first. */
export interface Density {
  itemSize: number;
  gap: number;
  chartHeight: number;
  /** Source entries with their web address, or without when room is short. */
  detail: 'no-accessed' | 'no-url';
  tiles: TileLook;
}
export const DENSITIES: readonly Density[] = [
  { itemSize: 9, gap: 14, chartHeight: 130, detail: 'no-accessed', tiles: 'normal' },
  { itemSize: 9, gap: 12, chartHeight: 120, detail: 'no-url', tiles: 'normal' },
  { itemSize: 8.5, gap: 10, chartHeight: 105, detail: 'no-url', tiles: 'compact' },
  { itemSize: 8, gap: 8, chartHeight: 95, detail: 'no-url', tiles: 'compact' },
  { itemSize: 7.5, gap: 6, chartHeight: 85, detail: 'no-url', tiles: 'compact' }
];

/** The sources: 7 pt in near-black so a photocopy keeps them. */
export const SOURCES_TEXT: TextStyle = { font: 'regular', size: 7, lineGap: 1.2, color: '#334155' };
export const SOURCES_HEAD: TextStyle = { ...SHEET_SUBHEAD, size: 7.5 };
export const FIGURE_GAP = 22;
const TILE_GAP = 10;

export function itemStyles(d: Density): { item: TextStyle; lead: TextStyle } {
  const item: TextStyle = { font: 'regular', size: d.itemSize, lineGap: 2, color: COLORS.text };
  return { item, lead: { ...item, font: 'semibold' } };
}

/** What one page of the handout holds after fitting. */
export interface PageContent {
  numbers: HandoutNumber[];
  takeaways: HandoutCandidates['takeaways'];
  figures: FigureModel[];
  notes: HandoutNote[];
}

export const emptyPage = (): PageContent => ({ numbers: [], takeaways: [], figures: [], notes: [] });

/** Measures the blocks of a handout page at one density (with caches: fitting asks many times). */
export class HandoutMeasure {
  private readonly plans = new Map<string, FigurePlan>();
  private readonly heights = new Map<string, number>();
  constructor(
    readonly ctx: DocContext,
    readonly d: Density
  ) {}

  private cached(key: string, f: () => number): number {
    let h = this.heights.get(key);
    if (h === undefined) this.heights.set(key, (h = f()));
    return h;
  }

  subhead(text: string): number {
    return this.cached(`sub:${text}`, () => this.d.gap + this.ctx.flow.measure(text.toUpperCase(), SHEET_SUBHEAD) + 4);
  }

  /** Tiles of the key numbers, four to a row. */
  numbers(numbers: readonly HandoutNumber[]): number {
    if (!numbers.length) return 0;
    let h = this.subhead(this.ctx.t.keyNumbers);
    for (let i = 0; i < numbers.length; i += TILES_PER_ROW) {
      const row = numbers.slice(i, i + TILES_PER_ROW);
      h += this.cached(`row:${row.map((n) => n.id).join()}`, () =>
        firstTileRowHeight(
          this.ctx,
          row.map((n) => n.figure),
          TILES_PER_ROW,
          this.ctx.flow.width,
          this.d.tiles
        )
      );
      if (i > 0) h += TILE_GAP;
    }
    return h;
  }

  takeawayText(t: HandoutCandidates['takeaways'][number]): string {
    return `${t.section.title}: ${t.item.text} ${this.ctx.refs.mark(t.item.sources)}`;
  }

  takeaways(list: HandoutCandidates['takeaways']): number {
    if (!list.length) return 0;
    const { lead } = itemStyles(this.d);
    const w = this.ctx.flow.width - 12;
    return list.reduce(
      (h, t) => h + this.cached(`tk:${t.section.id}`, () => this.ctx.flow.measure(this.takeawayText(t), lead, w) + 3),
      this.subhead(this.ctx.t.whatMatters)
    );
  }

  /** The width each figure of a row of `count` gets. */
  figureWidth(count: number): number {
    return count === 1 ? this.ctx.flow.width : (this.ctx.flow.width - FIGURE_GAP) / 2;
  }

  figurePlan(m: FigureModel, width: number, chartHeight = this.d.chartHeight): FigurePlan {
    const key = `${m.id}:${width}:${chartHeight}`;
    let plan = this.plans.get(key);
    if (!plan) {
      plan = planFigure(this.ctx, m, {
        width,
        chartHeight,
        maxHeight: chartHeight + 170,
        captionStyle: { ...STYLES.caption, size: 9 },
        compactSource: true
      });
      this.plans.set(key, plan);
    }
    return plan;
  }

  /** A row of figures side by side: the tallest caption, chart and foot decide its height. */
  figureRow(figures: readonly FigureModel[], chartHeight = this.d.chartHeight): { plans: FigurePlan[]; height: number; width: number } {
    const width = this.figureWidth(figures.length);
    const plans = figures.map((m) => this.figurePlan(m, width, chartHeight));
    if (!plans.length) return { plans, height: 0, width };
    const foot = Math.max(...plans.map((p) => p.height - p.captionHeight - p.chartHeight));
    const height = Math.max(...plans.map((p) => p.captionHeight)) + Math.max(...plans.map((p) => p.chartHeight)) + foot;
    return { plans, height, width };
  }

  /** Figures in rows of two (the front has one row; the back page may have two). */
  figures(figures: readonly FigureModel[], chartHeight = this.d.chartHeight): number {
    let h = 0;
    for (let i = 0; i < figures.length; i += 2) h += this.d.gap + this.figureRow(figures.slice(i, i + 2), chartHeight).height;
    return h;
  }

  notesParts(notes: readonly HandoutNote[]): NotesPart[] {
    return notes.map((n) => ({ heading: n.section.title, blocks: n.blocks }));
  }

  notes(notes: readonly HandoutNote[]): number {
    if (!notes.length) return 0;
    const size = this.d.itemSize;
    return (
      this.d.gap +
      notesBoxChrome(this.ctx, size) +
      this.notesParts(notes).reduce((h, p) => h + notesPartHeight(this.ctx, p, this.ctx.flow.width, size), 0)
    );
  }

  /** The source entries of a page: everything its blocks cite, under the briefing-wide numbers. */
  sourceEntries(page: PageContent): string[] {
    const numbering = this.ctx.refs.numbering;
    const ids = [
      ...page.numbers.flatMap((n) => n.figure.sources),
      ...page.takeaways.flatMap((t) => t.item.sources),
      ...page.figures.flatMap((f) => [...f.sources.map((s) => s.id), ...f.noteSources])
    ];
    return numbering.entries(ids).map(({ n, source }) => `[${n}]\u00a0${referenceText(source, this.d.detail, this.ctx.t)}`);
  }

  sources(page: PageContent): number {
    const entries = this.sourceEntries(page);
    if (!entries.length) return 0;
    return (
      this.d.gap +
      this.ctx.flow.measure(this.ctx.t.sources.toUpperCase(), SOURCES_HEAD) +
      2 +
      this.ctx.flow.measure(entries.join('   '), SOURCES_TEXT)
    );
  }

  /** Height of everything on a page below its heading. */
  page(p: PageContent, chartHeight = this.d.chartHeight): number {
    return (
      this.numbers(p.numbers) + this.takeaways(p.takeaways) + this.figures(p.figures, chartHeight) + this.notes(p.notes) + this.sources(p)
    );
  }
}

/**
 * A candidate for a page, in order of importance; `add` puts it on the page. Units of one `group` (a section's
 * notes) are taken in order only: once one is left out, so are the rest, so a note never skips a point.
 */
export interface Unit {
  /** What it is, in the document's language, for the reader's "left out" warning. */
  what: string;
  /** What sort of thing it is: a back page can take figures and notes, not numbers or takeaways. */
  kind: 'numbers' | 'figure' | 'takeaway' | 'notes';
  /** How much leaving it out costs, for choosing between densities: the first figure most, a second row of numbers least. */
  weight: number;
  group?: string;
  add: (p: PageContent) => PageContent;
}

/** The front's candidates, most important first: the first figure and number row, each section's takeaway, notes, the rest. */
export function frontUnits(c: HandoutCandidates, t: PdfMessages): Unit[] {
  const rows: HandoutNumber[][] = [];
  for (let i = 0; i < c.numbers.length; i += TILES_PER_ROW) rows.push(c.numbers.slice(i, i + TILES_PER_ROW));
  const numberRow = (row: HandoutNumber[], weight: number): Unit => ({
    weight,
    kind: 'numbers',
    what: t.leftOut.numbers(row.map((n) => n.figure.label)),
    add: (p) => ({ ...p, numbers: [...p.numbers, ...row] })
  });
  const figure = (m: FigureModel, weight: number): Unit => figureUnit(m, weight, t);
  const units: Unit[] = [];
  if (rows[0]) units.push(numberRow(rows[0], 3));
  if (c.figures[0]) units.push(figure(c.figures[0], 6));
  for (const item of c.takeaways)
    units.push({
      what: t.leftOut.takeaway(item.section.title),
      kind: 'takeaway',
      weight: 4,
      add: (p) => ({ ...p, takeaways: [...p.takeaways, item] })
    });
  units.push(...noteUnits(c.notes, t));
  c.figures.slice(1, 2).forEach((m) => units.push(figure(m, 2)));
  rows.slice(1).forEach((row) => units.push(numberRow(row, 1)));
  return units;
}

/** A figure as a unit, for the front or the back page. */
export function figureUnit(m: FigureModel, weight: number, t: PdfMessages): Unit {
  return { what: t.leftOut.figure(m.title), kind: 'figure', weight, add: (p) => ({ ...p, figures: [...p.figures, m] }) };
}

/** Notes as units block by block, so a long note keeps its first points when the rest does not fit. */
export function noteUnits(notes: readonly HandoutNote[], t: PdfMessages): Unit[] {
  return notes.flatMap((n) =>
    n.blocks.map((block, i) => ({
      what: t.leftOut.notes(n.section.title, i > 0),
      kind: 'notes' as const,
      weight: 3,
      group: `notes:${n.section.id}`,
      add: (p: PageContent): PageContent => {
        const last = p.notes[p.notes.length - 1];
        if (last?.section === n.section)
          return { ...p, notes: [...p.notes.slice(0, -1), { section: n.section, blocks: [...last.blocks, block] }] };
        return { ...p, notes: [...p.notes, { section: n.section, blocks: [block] }] };
      }
    }))
  );
}

/** Takes units in order while the page has room; what does not fit is left out (later, smaller ones may still fit). */
export function fillPage(
  measure: HandoutMeasure,
  units: readonly Unit[],
  room: number
): { page: PageContent; leftOut: Unit[]; cost: number } {
  let page = emptyPage();
  const leftOut: Unit[] = [];
  const failed = new Set<string>();
  for (const u of units) {
    const next = u.group && failed.has(u.group) ? null : u.add(page);
    if (next && measure.page(next) <= room) page = next;
    else {
      leftOut.push(u);
      if (u.group) failed.add(u.group);
    }
  }
  return { page, leftOut, cost: leftOut.reduce((c, u) => c + u.weight, 0) };
}
