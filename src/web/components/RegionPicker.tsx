import { TreeSelect } from 'antd';
import { useEffect, useState } from 'react';
import type { CSSProperties, ReactNode } from 'react';
import { api } from '../api/endpoints.ts';
import type { Region } from '../api/types.ts';
import { levelLabel } from '../i18n/labels.ts';
import { useI18n } from '../i18n/useI18n.ts';

interface Loaded {
  region: Region;
  parent: string | null;
}

// Generous page: a township has tens of villages, a county a few dozen townships.
const PAGE_SIZE = 100;
// A typed name narrows a county's few hundred villages to a short list.
const SEARCH_SIZE = 30;
const SEARCH_DELAY_MS = 250;

interface RegionPickerProps {
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  id?: string;
  /** For filters: clearing means "the whole scope". */
  allowClear?: boolean;
  style?: CSSProperties;
}

/** The regions a typed name finds anywhere in the user's scope (null while nothing is typed). */
function useRegionSearch(text: string): Region[] | null {
  const [hits, setHits] = useState<Region[] | null>(null);
  useEffect(() => {
    const q = text.trim();
    if (q === '') {
      setHits(null);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api.regions({ q, page: 1, pageSize: SEARCH_SIZE }, controller.signal).then(
        (page) => setHits(page.items),
        () => undefined,
      );
    }, SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text]);
  return hits;
}

/**
 * Picks a region inside the user's scope: browse the tree one level at a time, or type part of a
 * name to find a village anywhere in the scope.
 */
export function RegionPicker({
  value,
  onChange,
  placeholder,
  id,
  allowClear,
  style,
}: RegionPickerProps) {
  const { t } = useI18n();
  const [loaded, setLoaded] = useState<Loaded[]>([]);
  const [search, setSearch] = useState('');
  const hits = useRegionSearch(search);
  // names of regions seen in the tree, in search results or fetched for the current value
  const [known, setKnown] = useState<Map<string, Region>>(new Map());
  const remember = (regions: Region[]) =>
    setKnown((current) => {
      if (regions.every((r) => current.has(r.code))) return current;
      const next = new Map(current);
      for (const region of regions) next.set(region.code, region);
      return next;
    });

  useEffect(() => {
    const controller = new AbortController();
    api.regions({ page: 1, pageSize: PAGE_SIZE }, controller.signal).then(
      (page) => {
        setLoaded(page.items.map((region) => ({ region, parent: null })));
        remember(page.items);
      },
      () => undefined, // the form still validates; an empty tree tells the user nothing is in scope
    );
    return () => controller.abort();
  }, []);

  useEffect(() => {
    if (hits) remember(hits);
  }, [hits]);

  // a value set from outside (an edit form, a link) is named even before its branch is opened
  useEffect(() => {
    if (!value || known.has(value)) return;
    const controller = new AbortController();
    api.region(value, controller.signal).then(
      (region) => remember([region]),
      () => undefined,
    );
    return () => controller.abort();
  }, [value, known]);

  const loadChildren = async (parentCode: string) => {
    const page = await api.regions({ parent: parentCode, page: 1, pageSize: PAGE_SIZE });
    remember(page.items);
    setLoaded((current) => {
      const present = new Set(current.map((entry) => entry.region.code));
      const fresh = page.items.filter((region) => !present.has(region.code));
      return [...current, ...fresh.map((region) => ({ region, parent: parentCode }))];
    });
  };

  // titles are built at render time so they follow the language switch
  const title = (region: Region) => `${region.name} · ${levelLabel(t, region.level)}`;
  const nodes = hits
    ? hits.map((region) => ({
        id: region.code,
        pId: null,
        value: region.code,
        // the parent tells two villages of one name apart (张庄村 of two townships)
        title: region.parentName ? `${title(region)}（${region.parentName}）` : title(region),
        isLeaf: true,
      }))
    : loaded.map(({ region, parent }) => ({
        id: region.code,
        pId: parent,
        value: region.code,
        title: title(region),
        isLeaf: region.childCount === 0,
      }));
  const current = value ? known.get(value) : undefined;

  return (
    <TreeSelect
      id={id}
      labelInValue
      value={value ? { value, label: current ? title(current) : value } : undefined}
      onChange={(next: { value: string; label?: ReactNode } | undefined) => {
        setSearch('');
        onChange?.(next?.value);
      }}
      allowClear={allowClear}
      treeDataSimpleMode
      treeData={nodes}
      loadData={(node) =>
        typeof node.value === 'string' && !hits ? loadChildren(node.value) : Promise.resolve()
      }
      placeholder={placeholder}
      showSearch
      searchValue={search}
      onSearch={setSearch}
      // the server already filtered by name; the tree would otherwise hide unopened branches
      filterTreeNode={false}
      notFoundContent={hits ? t('common.empty') : undefined}
      style={style ?? { width: '100%' }}
    />
  );
}
