import { citedSourceIds } from '../../shared/briefing/numbering';
import { exportGlossary } from '../../shared/briefing/lookups';
import type { DocContext } from './context';
import { COLORS, STYLES, type TextStyle } from './theme';

const TITLE: TextStyle = { font: 'bold', size: 34, lineGap: 2, color: COLORS.text };
const SUBTITLE: TextStyle = { font: 'regular', size: 15, lineGap: 4, color: COLORS.muted };
const VALUE: TextStyle = { font: 'semibold', size: 12, lineGap: 3, color: COLORS.text };

/** Draws the cover page (page 1): label, title, subtitle, as-of date, prepared for/by. No running header. */
export function drawCover(ctx: DocContext): void {
  const { doc, flow, briefing, root } = ctx;
  flow.header = '';
  flow.addPage();
  // A full-bleed accent band is decoration only.
  flow.artifact(() => {
    doc.rect(0, 0, flow.pageWidth, 10).fillColor(COLORS.accent).fill();
  });
  const sect = doc.struct('Sect');
  root.add(sect);
  // A meeting pack's own title leads; the briefing it comes from then stands where the subtitle would.
  const heading = ctx.title;
  const subline = ctx.title !== briefing.title ? briefing.title : briefing.subtitle;
  const { t } = ctx;
  const people: [string, string][] = [];
  if (ctx.meetingDate) people.push([t.meeting, t.date(ctx.meetingDate)]);
  if (ctx.preparedFor) people.push([t.preparedFor, ctx.preparedFor]);
  if (ctx.preparedBy) people.push([t.preparedBy, ctx.preparedBy]);
  const blockH = people.reduce((h, [, who]) => h + flow.measure(who, VALUE) + 26, 0) + 30;
  const startY = flow.pageHeight * 0.24;
  // Long titles (up to 300 characters) step down in size so the top block never runs into the bottom one.
  const room = flow.bottom - blockH - 40 - startY - 110;
  let title = TITLE;
  while (title.size > 20) {
    const sub = subline ? flow.measure(subline, { ...SUBTITLE, size: Math.min(15, title.size * 0.5) }, flow.width * 0.85) : 0;
    if (flow.measure(heading, title, flow.width * 0.9) + sub <= room) break;
    title = { ...title, size: title.size - 2 };
  }
  const subtitle = { ...SUBTITLE, size: Math.min(15, title.size * 0.5) };
  flow.y = startY;
  const label = (briefing.label ?? t.briefing).toUpperCase();
  flow.tag(sect, 'P', () => flow.write(label, { ...STYLES.label, size: 9.5, characterSpacing: 0.9 }));
  flow.gap(14);
  flow.tag(sect, 'H1', () => flow.write(heading, title, { width: flow.width * 0.9 }));
  if (subline) {
    flow.gap(8);
    flow.tag(sect, 'P', () => flow.write(subline, subtitle, { width: flow.width * 0.85 }));
  }
  flow.gap(22);
  const ruleY = flow.y;
  flow.artifact(() => {
    doc.rect(flow.left, ruleY, 56, 3).fillColor(COLORS.accent).fill();
  });
  flow.gap(18);
  flow.tag(sect, 'P', () => flow.write(t.asOf(t.date(briefing.asOf)), { ...STYLES.lead, color: COLORS.text }));

  const sources = citedSourceIds(ctx.sections, exportGlossary(briefing, ctx.sections)).size;
  const stats = t.coverCounts(ctx.sections.length, ctx.figures.length, sources);
  flow.y = flow.bottom - blockH;
  flow.artifact(() => {
    doc
      .moveTo(flow.left, flow.y - 14)
      .lineTo(flow.right, flow.y - 14)
      .lineWidth(0.6)
      .strokeColor(COLORS.rule)
      .stroke();
  });
  for (const [what, who] of people) {
    flow.tag(sect, 'P', () => {
      flow.write(what.toUpperCase(), STYLES.label, { color: COLORS.muted });
      flow.write(who, VALUE);
    });
    flow.gap(10);
  }
  flow.tag(sect, 'P', () => flow.write(stats, STYLES.small));
}
