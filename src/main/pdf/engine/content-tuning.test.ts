// The content-stream tuning must never leave a shape or text in the wrong colour.
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { tuneContent } from './content-tuning';
import { fallbackReporter } from './fallback';

/** Builds a document (tuned unless told), uncompressed, and returns each page's content stream. */
async function pages(draw: (doc: PDFKit.PDFDocument) => void, tuned = true): Promise<string[]> {
  const doc = new PDFDocument({ autoFirstPage: false, bufferPages: true, font: '', compress: false });
  if (tuned)
    tuneContent(
      doc,
      fallbackReporter(true, () => undefined)
    );
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<string>((ok) => doc.on('end', () => ok(Buffer.concat(chunks).toString('latin1'))));
  draw(doc);
  doc.end();
  const text = await done;
  return [...text.matchAll(/<<\n\/Length \d+\n>>\nstream\n([\s\S]*?)\nendstream/g)].map((m) => m[1]);
}

/** The fill colour in force at each fill (`f`), following q/Q as a PDF reader does. */
function fillsOf(content: string): string[] {
  let colour = 'black';
  const stack: string[] = [];
  const fills: string[] = [];
  for (const line of content.split('\n')) {
    if (line === 'q') stack.push(colour);
    else if (line === 'Q') colour = stack.pop() ?? 'black';
    else if (line.endsWith(' scn')) colour = line.slice(0, -4);
    else if (line === 'f') fills.push(colour);
  }
  return fills;
}

const RED = '1 0 0';
const GREEN = '0 1 0';

describe('tuneContent', () => {
  it('writes a colour once while it stays in force, and again after a restore changed it', async () => {
    const [page] = await pages((doc) => {
      doc.addPage();
      doc.fillColor('#ff0000').rect(0, 0, 5, 5).fill();
      doc.fillColor('#ff0000').rect(10, 0, 5, 5).fill();
      doc.save();
      doc.fillColor('#00ff00').rect(20, 0, 5, 5).fill();
      doc.restore();
      doc.fillColor('#ff0000').rect(30, 0, 5, 5).fill();
      doc.fillColor('#00ff00').rect(40, 0, 5, 5).fill();
    });
    expect(fillsOf(page)).toEqual([RED, RED, GREEN, RED, GREEN]);
    expect(page.match(/ scn/g)?.length).toBe(3);
  });

  it('writes the colour again on a new page and on a page switched back to', async () => {
    const [first, second, third] = await pages((doc) => {
      doc.addPage();
      doc.fillColor('#ff0000').rect(0, 0, 5, 5).fill();
      doc.addPage();
      doc.fillColor('#00ff00').rect(0, 0, 5, 5).fill();
      // Page 1 still has red in force, though the document last set green (on page 2).
      doc.switchToPage(0);
      doc.fillColor('#00ff00').rect(20, 0, 5, 5).fill();
      doc.switchToPage(1);
      doc.fillColor('#ff0000').rect(30, 0, 5, 5).fill();
      // A new page starts black, though the document last set red.
      doc.addPage();
      doc.fillColor('#ff0000').rect(0, 0, 5, 5).fill();
    });
    expect(fillsOf(first)).toEqual([RED, GREEN]);
    expect(fillsOf(second)).toEqual([GREEN, RED]);
    expect(fillsOf(third)).toEqual([RED]);
  });

  it('writes colour components to 4 decimals', async () => {
    const [page] = await pages((doc) => {
      doc.addPage();
      doc.fillColor('#1e293b').rect(0, 0, 5, 5).fill();
    });
    expect(page).toContain('0.1176 0.1608 0.2314 scn');
  });

  it('writes the operators of long pages in pdfkit’s order, also when a page is switched back to', async () => {
    // Thousands of operators per page: more than are gathered before being encoded together.
    const draw = (doc: PDFKit.PDFDocument): void => {
      for (let p = 0; p < 2; p++) {
        doc.addPage();
        for (let i = 0; i < 1500; i++)
          doc
            .moveTo(i % 500, p)
            .lineTo(i % 300, i % 700)
            .stroke();
      }
      doc.switchToPage(0);
      for (let i = 0; i < 700; i++) doc.moveTo(i, i).lineTo(0, i).stroke();
    };
    const tuned = await pages(draw);
    const stock = await pages(draw, false);
    expect(tuned.length).toBe(2);
    expect(tuned[0].split('\n').length).toBeGreaterThan(6000);
    expect(tuned).toEqual(stock);
  });
});
