import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import type { CSSProperties, FormEvent } from 'react';
import { DAY_FORMATS } from '../i18n/format.ts';
import { useI18n } from '../i18n/useI18n.ts';

dayjs.extend(customParseFormat);
const ISO = 'YYYY-MM-DD';

export interface DateFieldProps {
  /** The day as 'YYYY-MM-DD' ('' or absent: none), as the form and the server hold it. */
  value?: string | null;
  onChange?: (value: string) => void;
  /** The first and last days that may be picked, 'YYYY-MM-DD'. */
  min?: string | undefined;
  max?: string | undefined;
  id?: string;
  disabled?: boolean;
  style?: CSSProperties;
  'aria-label'?: string;
}

/**
 * A day picker shown in the app language (a native date input follows the browser's locale), its
 * value still a 'YYYY-MM-DD' string: forms and payloads are as with the native input, '' when
 * cleared. An ISO day typed in is taken in every language. Pages load it with antd's DatePicker;
 * keep it out of the app shell.
 */
export function DateField({ value, onChange, min, max, ...rest }: DateFieldProps) {
  const { locale } = useI18n();
  const formats = [DAY_FORMATS[locale], ISO];
  const outside = (day: Dayjs) =>
    (min !== undefined && day.format(ISO) < min) || (max !== undefined && day.format(ISO) > max);
  // A whole day typed in counts at once, as in the native field: the picker itself would keep it
  // until its calendar closes, and a click on a button under that calendar would miss it.
  const takeTyped = (event: FormEvent<HTMLElement>) => {
    const day = dayjs((event.target as HTMLInputElement).value, formats, true);
    if (day.isValid() && !outside(day) && day.format(ISO) !== value) onChange?.(day.format(ISO));
  };
  return (
    <span onInput={takeTyped} style={{ display: 'contents' }}>
      <DatePicker
        {...rest}
        style={{ width: '100%', maxWidth: 240, ...rest.style }}
        value={value ? dayjs(value) : null}
        onChange={(day: Dayjs | null) => onChange?.(day ? day.format(ISO) : '')}
        format={formats}
        {...(min !== undefined || max !== undefined ? { disabledDate: outside } : {})}
      />
    </span>
  );
}
