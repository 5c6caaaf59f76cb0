import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import ExcelJS from 'exceljs';
import type { DocumentRequest, DocxBlock, DocxSpec, SheetSpec, WorkbookSpec } from './spec.ts';

function addSheet(workbook: ExcelJS.Workbook, sheet: SheetSpec): void {
  const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = sheet.columns.map((c) => ({
    header: c.header,
    width: c.width,
    ...(c.text ? { style: { numFmt: '@' } } : c.numFmt ? { style: { numFmt: c.numFmt } } : {}),
  }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  sheet.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    if (c.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.fill } };
    if (c.note) cell.note = c.note;
  });
  sheet.extraHeaders?.forEach((h, i) => {
    const at = sheet.columns.length + 1 + i;
    header.getCell(at).value = h.header;
    ws.getColumn(at).width = h.width;
  });
  for (const row of sheet.rows) ws.addRow([...row]);
}

export async function renderXlsx(spec: WorkbookSpec): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of spec.sheets) addSheet(workbook, sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const run = (text: string, options: { bold?: boolean; font?: string; size?: number } = {}) =>
  new TextRun({
    text,
    bold: options.bold ?? false,
    font: options.font ?? 'SimSun',
    ...(options.size ? { size: options.size } : {}),
  });
const cell = (text: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [run(text, { bold })] })] });

function block(b: DocxBlock): Paragraph | Table {
  switch (b.kind) {
    case 'title':
      return new Paragraph({
        heading: HeadingLevel.TITLE,
        alignment: AlignmentType.CENTER,
        children: [run(b.text, { font: 'SimHei', size: 36 })],
      });
    case 'heading':
      return new Paragraph({
        heading: HeadingLevel.HEADING_1,
        children: [run(b.text, { font: 'SimHei' })],
      });
    case 'paragraph':
      return new Paragraph({ children: [run(b.text, { size: 28 })] });
    case 'table':
      return new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({ children: b.header.map((h) => cell(h, true)) }),
          ...b.rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
        ],
      });
  }
}

export async function renderDocx(spec: DocxSpec): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: spec.blocks.map(block) }] }));
}

export function renderDocument(request: DocumentRequest): Promise<Buffer> {
  return request.kind === 'xlsx' ? renderXlsx(request.spec) : renderDocx(request.spec);
}
