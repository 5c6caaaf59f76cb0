import { Flex, Tag } from 'antd';
import { useState } from 'react';
import { api } from '../../api/endpoints.ts';
import { RegionPicker } from '../../components/RegionPicker.tsx';
import { useI18n } from '../../i18n/useI18n.ts';

/**
 * 服务村 of a new project: villages picked one at a time (browse or type a name), each shown as a
 * tag that can be removed. A township or county picked by mistake is named and not added.
 */
export function VillagesField({
  id,
  value = [],
  onChange,
}: {
  id?: string;
  value?: string[];
  onChange?: (next: string[]) => void;
}) {
  const { t } = useI18n();
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const [refused, setRefused] = useState<string | null>(null);
  const add = async (code: string | undefined) => {
    setRefused(null);
    if (!code || value.includes(code)) return;
    const region = await api.region(code).catch(() => null);
    if (!region) return;
    if (region.level !== 'village') {
      setRefused(t('project.villageOnly', { name: region.name }));
      return;
    }
    setNames((current) => new Map(current).set(code, region.name));
    onChange?.([...value, code]);
  };
  return (
    <Flex vertical gap={8}>
      {value.length > 0 && (
        <Flex wrap gap={4} data-testid="project-villages">
          {value.map((code) => (
            <Tag
              key={code}
              closable
              onClose={() => onChange?.(value.filter((c) => c !== code))}
              style={{ marginInlineEnd: 0 }}
            >
              {names.get(code) ?? code}
            </Tag>
          ))}
        </Flex>
      )}
      {/* remounted after each pick, so the field stands empty for the next village */}
      <RegionPicker
        key={value.length}
        id={id}
        value={undefined}
        onChange={(code) => void add(code)}
        placeholder={t('project.addVillage')}
      />
      {refused && (
        <span className="lingyan-danger" role="alert">
          {refused}
        </span>
      )}
    </Flex>
  );
}
