import type { FigureModel } from '../../shared/briefing/figures';
import type { Briefing, Section } from '../../shared/briefing/schema';
import type { ExportRequest } from '../../shared/export-request';
import type { PdfLang, PdfMessages } from '../../shared/i18n/pdf';
import type { References } from './format';
import type { Flow, StructElement } from './layout';

/** One line of the contents and of the PDF outline; both are built from the same list. */
export interface TocEntry {
  title: string;
  /** 0-based page index, known after layout. */
  page: number;
  /** Named destination the contents line links to. */
  dest: string;
  children: TocEntry[];
}

/** Everything the parts of the document share while it is laid out. */
export interface DocContext {
  doc: PDFKit.PDFDocument;
  flow: Flow;
  refs: References;
  /** Root of the tag tree ("Document"). */
  root: StructElement;
  /** The briefing in the document's language (localize.ts): Korean prose where the dataset has it. */
  briefing: Briefing;
  /** The language this part of the document is set in, and the PDF's own words in it. */
  lang: PdfLang;
  t: PdfMessages;
  /** The sections being exported, in the reader's order. */
  sections: Section[];
  /** Figure models of the exported sections, numbered from 1 in this document. */
  figures: FigureModel[];
  asOf: string;
  /** The request as given (handout choices, back page). */
  request: ExportRequest;
  /** The pack's title: the request's, else the briefing's. */
  title: string;
  /** The meeting's date, YYYY-MM-DD. */
  meetingDate?: string;
  preparedFor?: string;
  preparedBy?: string;
  /** The reader's notes to print, section id → plain text (none unless given and included). */
  notes: Record<string, string>;
}
