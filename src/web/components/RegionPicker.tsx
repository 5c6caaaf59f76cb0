import { TreeSelect } from 'antd';
import { useEffect, useState } from 'react';
import type { CSSProperties } from 'react';
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

interface RegionPickerProps {
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  id?: string;
  /** For filters: clearing means "the whole scope". */
  allowClear?: boolean;
  style?: CSSProperties;
}

/** Picks a region inside the user's scope, loading one level of children at a time. */
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

  useEffect(() => {
    const controller = new AbortController();
    api.regions({ page: 1, pageSize: PAGE_SIZE }, controller.signal).then(
      (page) => setLoaded(page.items.map((region) => ({ region, parent: null }))),
      () => undefined, // the form still validates; an empty tree tells the user nothing is in scope
    );
    return () => controller.abort();
  }, []);

  const loadChildren = async (parentCode: string) => {
    const page = await api.regions({ parent: parentCode, page: 1, pageSize: PAGE_SIZE });
    setLoaded((current) => {
      const known = new Set(current.map((entry) => entry.region.code));
      const fresh = page.items.filter((region) => !known.has(region.code));
      return [...current, ...fresh.map((region) => ({ region, parent: parentCode }))];
    });
  };

  // titles are built at render time so they follow the language switch
  const nodes = loaded.map(({ region, parent }) => ({
    id: region.code,
    pId: parent,
    value: region.code,
    title: `${region.name} · ${levelLabel(t, region.level)}`,
    isLeaf: region.childCount === 0,
  }));

  return (
    <TreeSelect
      id={id}
      value={value}
      onChange={(next: string | undefined) => onChange?.(next)}
      allowClear={allowClear}
      treeDataSimpleMode
      treeData={nodes}
      loadData={(node) =>
        typeof node.value === 'string' ? loadChildren(node.value) : Promise.resolve()
      }
      placeholder={placeholder}
      showSearch={false}
      style={style ?? { width: '100%' }}
    />
  );
}
