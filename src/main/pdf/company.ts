import { companySourceIds } from '../../shared/briefing/companies';
import { mentionsOf } from '../../shared/briefing/mentions';
import type { CompanyProfile } from '../../shared/briefing/schema';
import { drawPageChrome } from './chrome';
import type { DocContext } from './context';
import { referenceText } from './format';
import { ruledHeading, SHEET_SUBHEAD } from './ruled-heading';
import { drawTiles, firstTileRowHeight } from './section';
import { COLORS, SPACE, STYLES, type TextStyle } from './theme';

/**
 * The one-page company profile: the sheet a consultant brings to that company's meeting. Name in English and
 * Korean, what it does in AI, its numbers (tiles), products, partnerships, where the briefing names it, and its
 * sources in small print — never below 7 pt. Citations use the briefing-wide numbers.
 */
const TITLE: TextStyle = { font: 'bold', size: 22, lineGap: 1, color: COLORS.text };
const KOREAN: TextStyle = { font: 'semibold', size: 15, lineGap: 1, color: COLORS.muted };
const ITEM: TextStyle = { font: 'regular', size: 9, lineGap: 2, color: COLORS.text };
const ITEM_LEAD: TextStyle = { ...ITEM, font: 'semibold' };
const SMALL: TextStyle = { font: 'regular', size: 7, lineGap: 1, color: COLORS.muted };
/** At most this many mentions are listed; the rest are counted. */
const MAX_MENTIONS = 4;

export function layoutCompany(ctx: DocContext, company: CompanyProfile): void {
  const { doc, flow, briefing, t } = ctx;
  const date = (iso: string): string => t.date(iso);
  flow.addPage();
  const sect = doc.struct('Sect');
  ctx.root.add(sect);

  const subhead = (text: string, next: number): boolean => {
    flow.gap(SPACE.m);
    if (!flow.ensure(flow.measure(text, SHEET_SUBHEAD) + 4 + next)) return false;
    ruledHeading(ctx, sect, text);
    flow.gap(4);
    return true;
  };

  /** A bulleted list of lead + text + citation lines. */
  const list = (items: { lead: string; text: string; sources: readonly string[] }[], reserve = 0): void => {
    const l = doc.struct('L');
    sect.add(l);
    for (const item of items) {
      const mark = ctx.refs.mark(item.sources);
      const h = flow.measure(`${item.lead} ${item.text} ${mark}`, ITEM_LEAD, flow.width - 12);
      if (!flow.ensure(h) || flow.remaining() - h < reserve) break;
      const y = flow.y;
      flow.artifact(() =>
        doc
          .rect(flow.left + 1, y + ITEM.size * 0.42, 4, 4)
          .fillColor(COLORS.accent)
          .fill()
      );
      flow.tag(l, 'LI', () =>
        flow.writeRuns(
          [
            { text: `${item.lead} `, style: ITEM_LEAD },
            { text: item.text ? `${item.text} ` : '', style: ITEM },
            { text: mark, style: ITEM, color: COLORS.muted }
          ],
          { x: flow.left + 12, width: flow.width - 12 }
        )
      );
      flow.gap(3);
    }
    l.end();
  };

  const parent = company.parent ? briefing.companies?.find((c) => c.id === company.parent) : undefined;
  const meta = [
    t.companyProfile,
    company.founded ? t.founded(String(company.founded)) : '',
    parent ? t.partOf((ctx.lang === 'ko' && parent.nameKo) || parent.name) : '',
    t.asOf(date(briefing.asOf)),
    ctx.preparedFor ? `${t.preparedFor} ${ctx.preparedFor}` : ''
  ]
    .filter(Boolean)
    .join('  ·  ');
  flow.tag(sect, 'P', () => flow.write(meta.toUpperCase(), { ...STYLES.label, color: COLORS.muted }));
  flow.gap(4);
  // The name in the reader's language leads; the other stands under it, tagged with its language.
  const [name, other, otherLang] = ctx.lang === 'ko' ? [company.nameKo, company.name, 'en'] : [company.name, company.nameKo, 'ko'];
  flow.tag(sect, 'H1', () => flow.write(name, TITLE));
  flow.tag(sect, 'P', () => flow.write(other, KOREAN), { lang: otherLang });
  flow.gap(4);
  flow.tag(sect, 'P', () =>
    flow.writeRuns([
      { text: `${company.focus} `, style: STYLES.body },
      { text: ctx.refs.mark(company.sources), style: STYLES.body, color: COLORS.muted }
    ])
  );
  const ruleY = flow.y + 6;
  flow.artifact(() => doc.rect(flow.left, ruleY, 40, 2.5).fillColor(COLORS.accent).fill());
  flow.gap(8);

  const tiles = company.keyFigures ?? [];
  const columns = 4;
  if (tiles.length && subhead(t.keyNumbers, firstTileRowHeight(ctx, tiles, columns))) drawTiles(ctx, sect, tiles, { columns });

  const products = company.products ?? [];
  if (products.length && subhead(t.modelsAndProducts, 14))
    list(products.map((p) => ({ lead: p.date ? `${p.name} (${date(p.date)})` : p.name, text: p.detail ?? '', sources: p.sources })));

  const partners = company.partnerships ?? [];
  if (partners.length && subhead(t.partnerships, 14))
    list(partners.map((p) => ({ lead: `${p.partner}${p.date ? ` (${date(p.date)})` : ''}:`, text: p.detail, sources: p.sources })));

  // Every source the profile cites, in briefing-wide numbers, in small print that stays legible (7 pt).
  companySourceIds(company).forEach((id) => ctx.refs.mark([id]));
  const references = (detail: 'no-accessed' | 'no-url'): string =>
    ctx.refs
      .list()
      .map(({ n, source }) => `[${n}] ${referenceText(source, detail, t)}`)
      .join('   ');
  const sourcesHeight = (list: string): number =>
    flow.measure(list, SMALL) + flow.measure(t.sources.toUpperCase(), SHEET_SUBHEAD) + SPACE.m + 6;

  // Where the briefing names it: the first place in each section, as many as leave room for the sources.
  const mentions = mentionsOf(briefing, company.id);
  const perSection = mentions.filter((m, i) => mentions.findIndex((o) => o.sectionId === m.sectionId) === i);
  const reserve = sourcesHeight(references('no-url'));
  if (perSection.length && flow.remaining() > reserve + 40 && subhead(t.whereNamed, 14)) {
    const titles = new Map(briefing.sections.map((s) => [s.id, s.title]));
    const shown = perSection.slice(0, MAX_MENTIONS);
    list(
      shown.map((m) => ({ lead: `${titles.get(m.sectionId) ?? m.sectionId}:`, text: m.excerpt, sources: [] })),
      reserve + 14
    );
    if (mentions.length > shown.length) flow.tag(sect, 'P', () => flow.write(t.namedTimes(mentions.length, perSection.length), SMALL));
  }

  // Without URLs only if the page is short of room; the numbers are the full briefing's either way.
  let text = references('no-accessed');
  if (sourcesHeight(text) > flow.remaining()) text = references('no-url');
  flow.gap(SPACE.m);
  flow.tag(sect, 'H2', () => flow.write(t.sources.toUpperCase(), { ...SHEET_SUBHEAD, size: 7.5 }));
  flow.tag(sect, 'P', () => flow.write(text, SMALL));
  sect.end();

  drawPageChrome(ctx, {
    from: 0,
    header: () => '',
    footerLeft: `${name} · ${t.companyProfile}  ·  ${briefing.title}  ·  ${t.asOf(date(briefing.asOf))}`
  });
}
