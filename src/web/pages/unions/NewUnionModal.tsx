import { Form, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { parseRegionCode } from '../../../domain/region/regionCode.ts';
import { UNION_FORMS, type UnionForm } from '../../../domain/unions/forms.ts';
import { api } from '../../api/endpoints.ts';
import { unionApi, type UnionDetail } from '../../api/unionEndpoints.ts';
import { RegionPicker } from '../../components/RegionPicker.tsx';
import { SaveModal } from '../../components/SaveModal.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { formKey } from './labels.ts';

interface Values {
  region: string;
  villages: string[];
  lead: string;
  form: UnionForm;
  name?: string;
}

const isRuralVillage = (code: string): boolean => {
  const parsed = parseRegionCode(code);
  return parsed.ok && parsed.info.villageKind === 'village';
};

/** The villages of the chosen township (a union's members lie inside its township or county). */
function useVillagesOf(region: string | undefined): { value: string; label: string }[] {
  const [villages, setVillages] = useState<{ value: string; label: string }[]>([]);
  useEffect(() => {
    setVillages([]);
    if (!region) return;
    const controller = new AbortController();
    api.regions({ parent: region, page: 1, pageSize: 200 }, controller.signal).then(
      (page) =>
        setVillages(
          page.items
            // 村 only: communities (社区) do not join unions
            .filter((r) => isRuralVillage(r.code))
            .map((r) => ({ value: r.code, label: r.name })),
        ),
      () => undefined,
    );
    return () => controller.abort();
  }, [region]);
  return villages;
}

/**
 * 新建联建 by hand (county and township admins): the township, its member villages, the lead
 * village among them, the form and a name (the server names it after the township when left
 * empty). The union's 联合党委 is made with it; its secretary and 委员 are set on its page.
 */
export function NewUnionModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (union: UnionDetail) => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const region = Form.useWatch('region', form);
  const chosen = Form.useWatch('villages', form) ?? [];
  const villages = useVillagesOf(region);
  return (
    <SaveModal<Values, UnionDetail>
      open={open}
      title={t('union.new')}
      form={form}
      initial={{ form: 'leadVillage', villages: [] }}
      save={(v) =>
        unionApi.create({
          region: v.region,
          lead: v.lead,
          villages: v.villages.filter((c) => c !== v.lead),
          form: v.form,
          ...(v.name?.trim() ? { name: v.name.trim() } : {}),
        })
      }
      savedText={t('union.created')}
      onClose={onClose}
      onSaved={onCreated}
    >
      <Form.Item name="region" label={t('union.township')} rules={[{ required: true }]}>
        <RegionPicker onChange={() => form.resetFields(['villages', 'lead'])} />
      </Form.Item>
      <Form.Item
        name="villages"
        label={t('union.col.villages')}
        rules={[{ required: true, type: 'array', min: 2, message: t('union.atLeastTwo') }]}
      >
        <Select mode="multiple" optionFilterProp="label" options={villages} />
      </Form.Item>
      <Form.Item name="lead" label={t('union.lead')} rules={[{ required: true }]}>
        <Select options={villages.filter((v) => chosen.includes(v.value))} />
      </Form.Item>
      <Form.Item name="form" label={t('union.col.form')} rules={[{ required: true }]}>
        <Select options={UNION_FORMS.map((f) => ({ value: f, label: t(formKey(f)) }))} />
      </Form.Item>
      <Form.Item name="name" label={t('union.col.name')} rules={[{ max: 64 }]}>
        <Input placeholder={t('union.namePlaceholder')} />
      </Form.Item>
    </SaveModal>
  );
}
