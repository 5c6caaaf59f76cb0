import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { plainCell, XLSX_TYPE } from '../modules/exchange/workbookReader.ts';
import { call, login, type Session, type TestApp } from './testApp.ts';
import type { CellValue } from '../../domain/directory/exchange/cells.ts';

/** A one-sheet workbook as a user would fill it in. */
export async function workbookOf(
  sheetName: string,
  header: string[],
  rows: CellValue[][],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(sheetName);
  ws.addRow(header);
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Rows of the first (or named) sheet, header included, as plain cells. */
export async function rowsOf(data: Buffer | string, sheetName?: string): Promise<CellValue[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    (typeof data === 'string' ? Buffer.from(data, 'binary') : data) as unknown as ArrayBuffer,
  );
  const ws = (sheetName ? workbook.getWorksheet(sheetName) : undefined) ?? workbook.worksheets[0];
  const out: CellValue[][] = [];
  ws?.eachRow((row) => {
    out.push(Array.from({ length: ws.columnCount }, (_, i) => plainCell(row.getCell(i + 1).value)));
  });
  return out;
}

export function upload(
  app: FastifyInstance,
  session: Session,
  entity: string,
  file: Buffer,
  contentType = XLSX_TYPE,
) {
  return app.inject({
    method: 'POST',
    url: `/api/v1/exchange/import/${entity}`,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': contentType },
    payload: file,
  });
}

export interface JobView {
  status: string;
  progress: number;
  message: string | null;
  result: {
    rows: number;
    failedRows: number;
    counts: { created: number; updated: number; unchanged: number } | null;
    problems: { row: number; zh: string; en: string }[];
  };
  artifact: { url: string } | null;
}

export async function finished(
  app: FastifyInstance,
  session: Session,
  url: string,
): Promise<JobView> {
  for (let i = 0; i < 600; i++) {
    const job = (await call(app, session, 'GET', url)).json() as JobView;
    if (job.status !== 'running') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('import did not finish');
}

/** Uploads and waits for the job; fails the test on anything but a started job. */
export async function importFile(
  app: FastifyInstance,
  session: Session,
  entity: string,
  file: Buffer,
): Promise<JobView> {
  const res = await upload(app, session, entity, file);
  if (res.statusCode !== 202) throw new Error(`import ${entity}: ${res.statusCode} ${res.body}`);
  return finished(app, session, (res.json() as { url: string }).url);
}

/** {@link importFile} of a one-sheet workbook made by {@link workbookOf}. */
export async function importSheet(
  app: FastifyInstance,
  session: Session,
  entity: string,
  sheetName: string,
  header: string[],
  rows: CellValue[][],
): Promise<JobView> {
  return importFile(app, session, entity, await workbookOf(sheetName, header, rows));
}

/** `session` registers one resident (name, ID number, village) by importing a 人员 sheet. */
export const importPerson = (
  app: FastifyInstance,
  session: Session,
  name: string,
  idNumber: string,
  village: string,
) =>
  importSheet(
    app,
    session,
    'persons',
    '人员',
    ['姓名', '身份证号', '所在村（区划代码）'],
    [[name, idNumber, village]],
  );

export async function download(
  app: FastifyInstance,
  session: Session,
  url: string,
): Promise<Buffer> {
  const res = await app.inject({ method: 'GET', url, headers: { cookie: session.cookie } });
  if (res.statusCode !== 200) throw new Error(`GET ${url}: ${res.statusCode} ${res.body}`);
  return res.rawPayload;
}

/** The scope (region code) of a session's first role. */
export const scopeOf = async (app: FastifyInstance, s: Session): Promise<string> =>
  ((await call(app, s, 'GET', '/api/v1/auth/me')).json() as { roles: { scope: string }[] }).roles[0]
    ?.scope ?? '';

/**
 * Who the exchange tests act as: the county administrator, a village cadre (village1), the cadre's
 * village and another village (village2's).
 */
export async function exchangeSessions(t: TestApp) {
  const county = await login(t.app, 'county');
  const cadre = await login(t.app, 'village1');
  const village = await scopeOf(t.app, cadre);
  const otherVillage = await scopeOf(t.app, await login(t.app, 'village2'));
  return { county, cadre, village, otherVillage };
}
