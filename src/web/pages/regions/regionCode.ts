// 12-digit 统计用区划代码: PP CC DD TTT VVV. A segment of zeros means "not below this level".
const SEGMENT_ENDS = [2, 4, 6, 9, 12] as const;

export function isRegionCode(value: string): boolean {
  return /^\d{12}$/.test(value);
}

/**
 * The codes of every region above `code`, from the province down to the direct parent.
 * `ancestorCodes('140822100201')` → province 14, city 1408, county 140822, township 140822100.
 */
export function ancestorCodes(code: string): string[] {
  if (!isRegionCode(code)) return [];
  const result: string[] = [];
  for (const end of SEGMENT_ENDS.slice(0, -1)) {
    if (/^0+$/.test(code.slice(end))) break;
    result.push(code.slice(0, end).padEnd(12, '0'));
  }
  return result;
}
