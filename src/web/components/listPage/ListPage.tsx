import { Button, Card, Flex, Input } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/useI18n.ts';
import { ListFilterControl, type ListFilter } from './ListFilters.tsx';
import { ListTable, type ListTableProps } from './ListTable.tsx';
import type { ListRoute } from './useListRoute.ts';

interface ListSearch {
  placeholder: string;
  width: number;
}

interface ListPageProps<T> extends Omit<ListTableProps<T>, 'paging'> {
  title: ReactNode;
  /** The create button in the card's corner; absent where the user may not write. */
  create?: { label: string; onClick: () => void };
  route: ListRoute<string>;
  /** The search box (name, pinyin initials or full pinyin, …) writing `q` into the URL. */
  search?: ListSearch;
  /** Above the search: a breadcrumb. */
  header?: ReactNode;
  /** The filters under the search: the region picker and selects, each writing one parameter. */
  filters?: readonly ListFilter[];
  /** Controls of the page's own after the filters: segmented choices, tags. */
  controls?: ReactNode;
  /** Drawers and modals the page opens. */
  children?: ReactNode;
}

/** A directory list page: search, filters, the Excel toolbar and the paged table, in one card. */
export function ListPage<T extends object>(props: ListPageProps<T>) {
  const { title, create, route, search, header, filters, controls, children, ...table } = props;
  const { t } = useI18n();
  const q = route.params.q ?? '';
  return (
    <Card
      title={title}
      extra={
        create && (
          <Button type="primary" onClick={create.onClick}>
            {create.label}
          </Button>
        )
      }
    >
      <Flex vertical gap={16}>
        {header}
        {search && (
          <Input.Search
            key={q}
            defaultValue={q}
            allowClear
            aria-label={t('common.search')}
            placeholder={search.placeholder}
            enterButton={t('common.search')}
            style={{ maxWidth: search.width }}
            onSearch={(value) => route.filter({ q: value.trim() })}
          />
        )}
        {(filters || controls) && (
          <Flex gap={8} wrap align="center">
            {filters?.map((filter) => (
              <ListFilterControl key={filter.name} route={route} filter={filter} />
            ))}
            {controls}
          </Flex>
        )}
        <ListTable<T> {...table} paging={route} />
      </Flex>
      {children}
    </Card>
  );
}
