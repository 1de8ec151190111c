// PDF documents with pdfkit: A4, the protective marking in the header and footer of every page,
// "Page n of m", and tables that repeat their header after a page break. Standard fonts only, so
// the text stays extractable.

export const PROTECTIVE_MARKING = 'OFFICIAL-SENSITIVE';

type Pdf = PDFKit.PDFDocument;
const MARGIN = { top: 64, bottom: 64, left: 50, right: 50 };

export interface TableColumn<Row> {
  header: string;
  width: number;
  cell(row: Row): string;
}

/** Lays out a document with `draw`, then stamps marking and page numbers on every page. pdfkit (about 15 MB once
 *  loaded, with its fonts) is loaded on the first export, not at start. */
export async function renderPdf(title: string, draw: (doc: Pdf) => void): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ size: 'A4', margins: MARGIN, bufferPages: true, info: { Title: title, Creator: 'Roundtable' } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  draw(doc);
  stampPages(doc, title);
  doc.end();
  return await done;
}

function stampPages(doc: Pdf, title: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const { width, height } = doc.page;
    // Writing inside the bottom margin would otherwise make pdfkit open a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const inner = width - MARGIN.left - MARGIN.right;
    doc.font('Helvetica-Bold').fontSize(9).fillColor('black');
    doc.text(PROTECTIVE_MARKING, MARGIN.left, 28, { width: inner, align: 'center', lineBreak: false });
    doc.text(PROTECTIVE_MARKING, MARGIN.left, height - 40, { width: inner, align: 'center', lineBreak: false });
    doc.font('Helvetica').fontSize(8).fillColor('#505a5f');
    doc.text(title, MARGIN.left, height - 28, { width: inner / 2, lineBreak: false, ellipsis: true });
    doc.text(`Page ${i - start + 1} of ${count}`, MARGIN.left + inner / 2, height - 28, { width: inner / 2, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
    doc.fillColor('black');
  }
}

export function heading(doc: Pdf, text: string, size = 14): void {
  ensureSpace(doc, size * 3);
  doc.moveDown(0.6).font('Helvetica-Bold').fontSize(size).text(text, MARGIN.left, doc.y, { width: innerWidth(doc) });
  doc.moveDown(0.3).font('Helvetica').fontSize(10);
}

export function paragraph(doc: Pdf, text: string, options: { bold?: boolean; size?: number; color?: string } = {}): void {
  doc
    .font(options.bold ? 'Helvetica-Bold' : 'Helvetica')
    .fontSize(options.size ?? 10)
    .fillColor(options.color ?? 'black')
    .text(text, MARGIN.left, doc.y, { width: innerWidth(doc) });
  doc.fillColor('black');
}

export function innerWidth(doc: Pdf): number {
  return doc.page.width - MARGIN.left - MARGIN.right;
}

function ensureSpace(doc: Pdf, needed: number): boolean {
  if (doc.y + needed <= doc.page.height - MARGIN.bottom) return false;
  doc.addPage();
  return true;
}

/** A table with wrapped cells; rows never split across pages and the header repeats. */
export function table<Row>(doc: Pdf, columns: TableColumn<Row>[], rows: Row[]): void {
  const padding = 3;
  const drawRow = (cells: string[], bold: boolean, shade: boolean) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8.5);
    const height = Math.max(...cells.map((text, i) => doc.heightOfString(text || ' ', { width: columns[i].width - 2 * padding }))) + 2 * padding;
    const broke = ensureSpace(doc, height);
    if (broke && !bold) drawRow(columns.map((c) => c.header), true, true);
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8.5);
    const top = doc.y;
    let x = MARGIN.left;
    if (shade) doc.rect(MARGIN.left, top, innerWidth(doc), height).fill('#f3f2f1').fillColor('black');
    cells.forEach((text, i) => {
      doc.text(text, x + padding, top + padding, { width: columns[i].width - 2 * padding });
      x += columns[i].width;
    });
    doc.moveTo(MARGIN.left, top + height).lineTo(MARGIN.left + innerWidth(doc), top + height).lineWidth(0.5).strokeColor('#b1b4b6').stroke();
    doc.x = MARGIN.left;
    doc.y = top + height;
  };
  drawRow(columns.map((c) => c.header), true, true);
  for (const row of rows) drawRow(columns.map((c) => c.cell(row)), false, false);
  doc.moveDown(0.5);
}
