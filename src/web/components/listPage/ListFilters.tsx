import { DatePicker, Input, Select } from 'antd';
import dayjs from 'dayjs';
import type { VocabularyEntry } from '../../../domain/directory/vocabulary.ts';
import { DAY_FORMATS } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { RegionPicker } from '../RegionPicker.tsx';
import type { ListRoute } from './useListRoute.ts';

/** A select filter of a list page, as the page describes it. */
export interface SelectFilterSpec {
  /** The URL parameter the filter writes. */
  name: string;
  /** Both the placeholder and the accessible name. */
  label: string;
  width: number;
  /** The choices: a domain vocabulary in the user's language, or options of the page's own. */
  options: readonly VocabularyEntry[] | { value: string; label: string }[];
}

/** The region filter of a list page, as the page describes it. */
export interface RegionFilterSpec {
  name: 'region';
  placeholder?: string;
}

/** A filter of a list page: the region picker or a select, both writing one URL parameter. */
export type ListFilter = RegionFilterSpec | SelectFilterSpec;

interface FilterSelectProps extends SelectFilterSpec {
  route: ListRoute<string>;
}

/** One filter of a list page, kept in the URL; clearing it means "any". */
export function FilterSelect({ route, name, label, width, options }: FilterSelectProps) {
  const { locale } = useI18n();
  const choices = options.map((option) =>
    'code' in option ? { value: option.code, label: option.label[locale] } : option,
  );
  return (
    <Select<string>
      allowClear
      aria-label={label}
      placeholder={label}
      value={route.params[name]}
      style={{ minWidth: width }}
      options={choices}
      onChange={(value: string | undefined) => route.filter({ [name]: value })}
    />
  );
}

interface RegionFilterProps {
  route: ListRoute<string>;
  /** "Filter by region" unless the page words it otherwise. */
  placeholder?: string;
}

/** The `region` filter of a list page: clearing it means the user's whole scope. */
export function RegionFilter({ route, placeholder }: RegionFilterProps) {
  const { t } = useI18n();
  return (
    <RegionPicker
      allowClear
      value={route.params.region}
      placeholder={placeholder ?? t('dp.filterRegion')}
      style={{ minWidth: 220 }}
      onChange={(value) => route.filter({ region: value })}
    />
  );
}

interface FilterTextProps {
  route: ListRoute<string>;
  /** The URL parameter the filter writes. */
  name: string;
  placeholder: string;
  width: number;
}

/** A free-text filter of a list page (an account, an action key), applied on Enter; blank is "any". */
export function FilterText({ route, name, placeholder, width }: FilterTextProps) {
  return (
    <Input.Search
      allowClear
      defaultValue={route.params[name]}
      placeholder={placeholder}
      style={{ width }}
      onSearch={(value) => route.filter({ [name]: value.trim() || undefined })}
    />
  );
}

/** Whether a URL parameter is a day (`YYYY-MM-DD`): the check of a list route's `from` and `to`. */
export const isDay = (raw: string) => /^\d{4}-\d{2}-\d{2}$/.test(raw) && dayjs(raw).isValid();

interface DaysFilterProps {
  route: ListRoute<string>;
  /** The accessible name: which days (events logged, cases received). */
  label: string;
}

/**
 * The `from` and `to` filter of a list page: days in China Standard Time, as the page shows its
 * times; either end may stay open.
 */
export function DaysFilter({ route, label }: DaysFilterProps) {
  const { locale } = useI18n();
  const { from, to } = route.params;
  return (
    <DatePicker.RangePicker
      aria-label={label}
      allowEmpty={[true, true]}
      format={[DAY_FORMATS[locale], 'YYYY-MM-DD']}
      value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
      onChange={(range) =>
        route.filter({
          from: range?.[0]?.format('YYYY-MM-DD'),
          to: range?.[1]?.format('YYYY-MM-DD'),
        })
      }
    />
  );
}

/** One described filter of a list page. */
export function ListFilterControl({
  route,
  filter,
}: {
  route: ListRoute<string>;
  filter: ListFilter;
}) {
  return 'options' in filter ? (
    <FilterSelect route={route} {...filter} />
  ) : (
    <RegionFilter route={route} placeholder={filter.placeholder} />
  );
}
