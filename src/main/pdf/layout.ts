import { lineGapIn, letterSpacingIn } from './language';
import { heightOfText, useStyle } from './typography';
import { MARGINS, PAPER_SIZES, type Paper, type TextStyle } from './theme';

/** A node of the PDF's tag tree. */
export type StructElement = PDFKit.PDFStructureElement;

/** Options pdfkit accepts for structure elements but its typings leave out (Figure needs a BBox). */
interface StructOptions extends PDFKit.Mixins.StructureElementOptions {
  bbox?: [number, number, number, number];
  placement?: string;
}

/** Where and how Flow.write draws a block of text. */
export interface WriteOptions {
  x?: number;
  width?: number;
  align?: 'left' | 'right' | 'center' | 'justify';
  color?: string;
  /** Named destination to jump to when the text is clicked (contents entries). */
  goTo?: string;
}

/** A piece of a paragraph in its own style: a web link (`link`) or a jump inside the document (`goTo`, a named destination). */
export interface TextRun {
  text: string;
  style: TextStyle;
  color?: string;
  link?: string;
  goTo?: string;
}

/**
 * Draws a paragraph: `draw()` makes the pdfkit calls; a cache may instead repeat what the same paragraph (same
 * `key`: text, styles, place and width) drew before. The PDF engine provides one; without it, paragraphs are drawn.
 */
export interface ParagraphCache {
  draw(key: string, draw: () => void): void;
}

const DRAW_EVERY_TIME: ParagraphCache = { draw: (_key, draw) => draw() };

/** What decides how a style's text is laid out (its colour is part of the key too: it is drawn). */
function styleKey(doc: PDFKit.PDFDocument, style: TextStyle, color: string | undefined): string {
  // The spacing as set in the document's current language (language.ts): a Korean paragraph is set looser.
  return `${style.font}|${style.size}|${lineGapIn(doc, style)}|${letterSpacingIn(doc, style)}|${color ?? style.color}`;
}

/**
 * A cursor flowing blocks down pages. Callers measure a block, call `ensure(height)` to move to a
 * new page when it does not fit, then draw; that is how headings stay with what follows and
 * figures are never split.
 */
export class Flow {
  readonly left: number;
  readonly right: number;
  readonly width: number;
  readonly top: number;
  readonly bottom: number;
  readonly pageWidth: number;
  readonly pageHeight: number;
  y: number;
  /** Running-header text recorded for each page as it is added (index = page index). */
  readonly pageHeaders: string[] = [];
  /** Header text for pages added from now on. */
  header = '';
  /** How paragraphs are drawn (see ParagraphCache); set by the document's builder. */
  paragraphs: ParagraphCache = DRAW_EVERY_TIME;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly paper: Paper,
    readonly margins: { top: number; bottom: number; left: number; right: number } = MARGINS,
    /** Refuse to add pages beyond this (the handout keeps to two). */
    readonly maxPages = Infinity
  ) {
    [this.pageWidth, this.pageHeight] = PAPER_SIZES[paper];
    this.left = margins.left;
    this.right = this.pageWidth - margins.right;
    this.width = this.right - this.left;
    this.top = margins.top;
    this.bottom = this.pageHeight - margins.bottom;
    this.y = this.top;
    // pdfkit also adds pages by itself when a long paragraph runs over; record those too.
    doc.on('pageAdded', () => {
      this.pageHeaders.push(this.header);
      this.y = this.top;
    });
  }

  /** Number of pages so far. */
  get pageCount(): number {
    return this.pageHeaders.length;
  }

  /** 0-based index of the page being written. */
  get pageIndex(): number {
    return this.pageHeaders.length - 1;
  }

  /** Starts a new page with the document's size and margins. */
  addPage(): void {
    this.doc.addPage({ size: [this.pageWidth, this.pageHeight], margins: this.margins });
  }

  /** Space left above the bottom margin. */
  remaining(): number {
    return this.bottom - this.y;
  }

  /** Makes room for a block of this height: a new page unless it fits or the page is still empty. False if the page limit forbids it. */
  ensure(height: number): boolean {
    if (height <= this.remaining() + 0.01 || this.y <= this.top + 0.01) return true;
    if (this.pageCount >= this.maxPages) return false;
    this.addPage();
    return true;
  }

  /** Moves the cursor down, but never past the bottom margin. */
  gap(points: number): void {
    this.y = Math.min(this.y + points, this.bottom);
  }

  /** Height that text in a style takes at a width (includes the trailing line gap). */
  measure(text: string, style: TextStyle, width = this.width): number {
    useStyle(this.doc, style);
    return heightOfText(this.doc, text, width, lineGapIn(this.doc, style), letterSpacingIn(this.doc, style));
  }

  /** Width of a single line of text in a style. */
  textWidth(text: string, style: TextStyle): number {
    useStyle(this.doc, style);
    return this.doc.widthOfString(text, { characterSpacing: letterSpacingIn(this.doc, style) });
  }

  /** Draws text at the cursor and moves the cursor below it. */
  write(text: string, style: TextStyle, opts: WriteOptions = {}): void {
    const x = opts.x ?? this.left;
    const width = opts.width ?? this.width;
    const align = opts.align ?? 'left';
    this.doc.y = this.y;
    const key = `w|${x}|${width}|${align}|${opts.goTo ?? ''}|${styleKey(this.doc, style, opts.color)}|${text}`;
    this.paragraphs.draw(key, () => {
      useStyle(this.doc, style, opts.color);
      this.doc.text(text, x, this.y, {
        width,
        lineGap: lineGapIn(this.doc, style),
        align,
        characterSpacing: letterSpacingIn(this.doc, style),
        goTo: opts.goTo
      });
    });
    this.y = this.doc.y;
  }

  /**
   * Draws runs of text in one paragraph (e.g. a sentence and its grey "[3]"); runs share the
   * first run's font size so the measured height holds.
   */
  writeRuns(runs: TextRun[], opts: WriteOptions = {}): void {
    // An empty run would end the paragraph's last line without its line break (pdf.js then joins it to the next).
    runs = runs.filter((r) => r.text !== '');
    const width = opts.width ?? this.width;
    const x = opts.x ?? this.left;
    const align = opts.align ?? 'left';
    this.doc.y = this.y;
    const key = `r|${x}|${width}|${align}|${runs.map((r) => `${styleKey(this.doc, r.style, r.color)}|${r.link ?? ''}|${r.goTo ?? ''}|${r.text}`).join('\u0001')}`;
    this.paragraphs.draw(key, () =>
      runs.forEach((run, i) => {
        useStyle(this.doc, run.style, run.color);
        const options: PDFKit.Mixins.TextOptions = {
          width,
          lineGap: lineGapIn(this.doc, runs[0].style),
          align,
          continued: i < runs.length - 1,
          // Given on every run: pdfkit carries a continued run's options over to the next one.
          link: run.link ?? null,
          goTo: run.goTo ?? null
        } as PDFKit.Mixins.TextOptions;
        if (i === 0) this.doc.text(run.text, x, this.y, options);
        else this.doc.text(run.text, options);
      })
    );
    this.y = this.doc.y;
  }

  /** Adds a tagged element under parent whose content is what draw() puts on the page. */
  tag(parent: StructElement, type: string, draw: () => void, options: StructOptions = {}): StructElement {
    const el = this.doc.struct(type, options, draw);
    parent.add(el);
    return el;
  }

  /** Draws page furniture (rules, backgrounds) as an artifact so screen readers skip it. */
  artifact(draw: () => void): void {
    this.doc.markContent('Artifact', { type: 'Layout' });
    draw();
    this.doc.endMarkedContent();
  }
}
