import { Select } from 'antd';
import type { VocabularyEntry } from '../../../domain/directory/vocabulary.ts';
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
