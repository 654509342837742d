import type { DocContext } from './context';
import { useStyle } from './typography';
import { COLORS, STYLES } from './theme';

/**
 * Draws the running header (title · section) and footer (as-of · Page N of M) on the buffered pages from
 * `from` up to `to` (default: the last), as pagination artifacts. Runs after layout, when the page count is known.
 */
export function drawPageChrome(
  ctx: Pick<DocContext, 'doc' | 'flow' | 't'>,
  opts: { from: number; to?: number; header: (page: number) => string; footerLeft: string }
): void {
  const { doc, flow, t } = ctx;
  const { count } = doc.bufferedPageRange();
  for (let i = opts.from; i < (opts.to ?? count); i++) {
    doc.switchToPage(i);
    // Text below the bottom margin would make pdfkit add a page; lift the margin while drawing.
    const saved = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    const headerY = flow.top - 30;
    const head = opts.header(i);
    if (head) {
      useStyle(doc, STYLES.header);
      doc.text(head, flow.left, headerY, { width: flow.width, ellipsis: true, height: 10 });
      doc
        .moveTo(flow.left, headerY + 13)
        .lineTo(flow.right, headerY + 13)
        .lineWidth(0.5)
        .strokeColor(COLORS.rule)
        .stroke();
    }
    const footerY = flow.bottom + Math.min(30, flow.margins.bottom - 22);
    doc
      .moveTo(flow.left, footerY - 7)
      .lineTo(flow.right, footerY - 7)
      .lineWidth(0.5)
      .strokeColor(COLORS.rule)
      .stroke();
    useStyle(doc, STYLES.header);
    doc.text(opts.footerLeft, flow.left, footerY, { width: flow.width * 0.7, ellipsis: true, height: 10 });
    useStyle(doc, STYLES.header, COLORS.text);
    doc.text(t.page(i + 1, count), flow.right - 100, footerY, { width: 100, align: 'right', lineBreak: false });
    doc.endMarkedContent();
    doc.page.margins.bottom = saved;
  }
}
