import type { ExchangeEntity } from '../../../domain/directory/exchange/sheetDefinition.ts';
import { fileResponse, sendFile, XLSX_TYPE } from '../../platform/responses.ts';
import { defineRoute } from '../../platform/route.ts';
import { exportList, template, type XlsxFile } from './exportService.ts';
import { startImport } from './runImport.ts';
import { entityParams, exportQuery, IMPORT_MAX_BYTES, importStarted } from './schema.ts';

const xlsx = (file: XlsxFile) => ({ ...file, type: XLSX_TYPE });

export const exchangeRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/exchange/templates/:entity',
    summary: '下载 Excel 导入模板（中文表头、示例行、说明）/ Download the Excel import template',
    tag: 'exchange',
    auth: 'session',
    permission: 'directory.read',
    params: entityParams,
    response: fileResponse([XLSX_TYPE]),
    handler: async ({ params, reply }) => sendFile(reply, xlsx(await template(params.entity))),
  }),
  // The body is the uploaded file (registerRoutes hands the Buffer over for `upload` routes).
  defineRoute<Buffer, undefined, { entity: ExchangeEntity }>({
    method: 'POST',
    url: '/api/v1/exchange/import/:entity',
    summary:
      '上传 .xlsx 导入（全部校验通过才写入；否则返回错误说明文件）/ Import an .xlsx: all rows or none',
    tag: 'exchange',
    auth: 'session',
    permission: 'directory.write',
    params: entityParams,
    upload: { contentTypes: [XLSX_TYPE], maxBytes: IMPORT_MAX_BYTES },
    response: importStarted,
    successStatus: 202,
    // The job outlives the request: it cannot join an idempotency transaction.
    idempotent: false,
    handler: ({ ctx, params, body }) => startImport(ctx, params.entity, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/exchange/export/:entity',
    summary:
      '导出筛选后的列表为 .xlsx（身份证号、手机号脱敏）/ Export a filtered list as .xlsx (masked)',
    tag: 'exchange',
    auth: 'session',
    reads: 'replica',
    permission: 'directory.read',
    params: entityParams,
    query: exportQuery,
    response: fileResponse([XLSX_TYPE]),
    handler: async ({ ctx, params, query, reply }) =>
      sendFile(reply, xlsx(await exportList(ctx, params.entity, query))),
  }),
];
