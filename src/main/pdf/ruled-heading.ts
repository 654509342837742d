import type { DocContext } from './context';
import type { StructElement } from './layout';
import { COLORS, type TextStyle } from './theme';

/** The one-page sheets' sub-heading (handout, company profile): upper case, accent colour, small caps spacing. */
export const SHEET_SUBHEAD: TextStyle = { font: 'semibold', size: 8.5, lineGap: 2, color: COLORS.accent, characterSpacing: 0.5 };

/** Writes an upper-case sub-heading, tagged H2, with a hairline from its end to the right margin. */
export function ruledHeading(ctx: DocContext, sect: StructElement, text: string): void {
  const { flow, doc } = ctx;
  const y = flow.y;
  flow.tag(sect, 'H2', () => flow.write(text.toUpperCase(), SHEET_SUBHEAD));
  flow.artifact(() => {
    const tw = flow.textWidth(text.toUpperCase(), SHEET_SUBHEAD);
    doc
      .moveTo(flow.left + tw + 8, y + 5)
      .lineTo(flow.right, y + 5)
      .lineWidth(0.5)
      .strokeColor(COLORS.rule)
      .stroke();
  });
}
