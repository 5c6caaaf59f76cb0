import { parseRegionCode } from '../../../domain/region/regionCode.ts';

export function isRegionCode(value: string): boolean {
  return parseRegionCode(value).ok;
}

/**
 * The codes of every region above `code`, from the province down to the direct parent.
 * `ancestorCodes('140822100201')` → province 14, city 1408, county 140822, township 140822100.
 */
export function ancestorCodes(code: string): string[] {
  const result: string[] = [];
  let parsed = parseRegionCode(code);
  while (parsed.ok && parsed.info.parentCode) {
    result.unshift(parsed.info.parentCode);
    parsed = parseRegionCode(parsed.info.parentCode);
  }
  return result;
}
