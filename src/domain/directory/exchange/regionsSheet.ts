import { decimal, integer, regionCode, text, vocabulary } from './cells.ts';
import { optional, required } from './columns.ts';
import { defineSheet } from './sheetDefinition.ts';
import type { VocabularyEntry } from '../vocabulary.ts';

/** 城乡分类代码 (国家统计局). */
export const URBAN_RURAL_CLASSES: readonly VocabularyEntry<
  '111' | '112' | '121' | '122' | '123' | '210' | '220'
>[] = [
  { code: '111', label: { 'zh-CN': '主城区', 'zh-TW': '主城區', en: 'Main urban area' } },
  {
    code: '112',
    label: { 'zh-CN': '城乡结合区', 'zh-TW': '城鄉結合區', en: 'Urban-rural fringe' },
  },
  { code: '121', label: { 'zh-CN': '镇中心区', 'zh-TW': '鎮中心區', en: 'Town centre' } },
  { code: '122', label: { 'zh-CN': '镇乡结合区', 'zh-TW': '鎮鄉結合區', en: 'Town-rural fringe' } },
  { code: '123', label: { 'zh-CN': '特殊区域', 'zh-TW': '特殊區域', en: 'Special area' } },
  { code: '210', label: { 'zh-CN': '乡中心区', 'zh-TW': '鄉中心區', en: 'Township centre' } },
  { code: '220', label: { 'zh-CN': '村庄', 'zh-TW': '村莊', en: 'Village' } },
];

const columns = {
  code: required(
    '区划代码',
    regionCode(['city', 'county', 'township', 'village']),
    '410599101203',
    '必填，12 位统计用区划代码；上级区划须已存在或在本表前面的行中',
  ),
  name: required('名称', text(60), '新兴村', '必填'),
  urbanRuralClass: optional(
    '城乡分类代码',
    vocabulary(URBAN_RURAL_CLASSES),
    '220',
    '可选：111 主城区 … 220 村庄',
  ),
  lat: optional('纬度', decimal(-90, 90), '36.06', '可选'),
  lng: optional('经度', decimal(-180, 180), '114.17', '可选'),
  population: optional('人口', integer(0, 100_000_000), '1200', '可选'),
  households: optional('户数', integer(0, 50_000_000), '380', '可选'),
};

/** 区划: keyed by the 12-digit code. Only a county administrator may add or change regions. */
export const regionsSheet = defineSheet('regions', {
  sheetName: '区划',
  columns,
  key: ['code'],
  notes: [
    '区划级别、上级区划由代码得出（乡镇 001–099 街道、100–199 镇、200–399 乡；村 001–199 社区、200 以上村）。',
  ],
});
