import { Form, InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import { ZHENXING_RULE } from '../../../domain/economy/dividends.ts';
import { holdingsOf, levelOfKind } from '../../../domain/economy/organizations.ts';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import { SaveModal } from '../../components/SaveModal.tsx';
import { withFieldErrors } from '../../components/serverFieldErrors.ts';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { dividendApi, type DividendRun } from './dividendApi.ts';
import { DividendHoldings } from './DividendHoldings.tsx';
import {
  dividendFieldOf,
  holdingsOfRows,
  PCT_FIELDS,
  pctOf,
  previewOf,
  ruleOf,
  type HoldingRow,
  type RuleValues,
} from './dividendForm.ts';
import { organizationApi, type Organization } from './organizationApi.ts';
import { orgKindKey } from './OrganizationForms.tsx';
import { fenOf } from './labels.ts';

// 提出分红方案 from the 分红 tab: the organization paying out (a village's 村集体经济组织 or its
// cooperative), the year, the distributable profit in 元, the rule (the 振兴村 preset or typed
// percentages) and the members' shares, with each household's amount previewed before it is sent.
// The server's field errors show under the fields they name.

interface Values extends RuleValues {
  organizationId: string;
  year: number;
  distributable: number;
  preset: 'zhenxing' | 'custom';
  holdings: HoldingRow[];
}

/** The member households of the organization in its village, as editable rows. */
const rowsOf = (org: Organization): HoldingRow[] => {
  const heads = new Map(org.members.map((m) => [m.householdId, m.headName]));
  return holdingsOf(org.members.filter((m) => m.regionCode.startsWith(org.regionCode))).map(
    (h) => ({
      householdId: h.householdId,
      headName: heads.get(h.householdId) ?? '',
      land: h.units.land / 100,
      cash: h.units.cash,
      member: h.units.member,
    }),
  );
};

export function DividendProposalModal(props: {
  region: string | undefined;
  onClose: () => void;
  onSaved: (run: DividendRun) => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [rows, setRows] = useState<HoldingRow[]>([]);
  const orgs = useApiQuery((s) => organizationApi.list(props.region, s), [props.region]);
  // a run is proposed by the village's cadres, for an active organization of a village they write
  const payers = (orgs.data?.items ?? []).filter(
    (o) => o.canWrite && levelOfKind(o.kind) === 'village',
  );
  const watched = Form.useWatch([], { form, preserve: true }) as Partial<Values> | undefined;
  const typed = (watched?.holdings ?? []).map((h, i) => ({ ...rows[i], ...h }) as HoldingRow);
  const preview = previewOf(fenOf(watched?.distributable ?? 0), ruleOf(watched ?? {}), typed);
  const pickOrg = (id: string) => {
    const org = payers.find((o) => o.id === id);
    const next = org ? rowsOf(org) : [];
    setRows(next);
    form.setFieldsValue({ holdings: next });
  };
  const save = (v: Values) => {
    const org = payers.find((o) => o.id === v.organizationId);
    return withFieldErrors(form, dividendFieldOf, () =>
      dividendApi.propose({
        regionCode: org?.regionCode ?? '',
        organizationId: v.organizationId,
        year: v.year,
        distributableFen: fenOf(v.distributable),
        rule: ruleOf(v),
        holdings: holdingsOfRows(v.holdings.map((h, i) => ({ ...rows[i], ...h }) as HoldingRow)),
      }),
    );
  };
  const pct = (name: (typeof PCT_FIELDS)[number]) => (
    <Form.Item
      key={name}
      name={name}
      label={t(`econ.div.form.${name}`)}
      rules={[{ required: true }]}
    >
      <InputNumber
        min={0}
        max={100}
        precision={2}
        addonAfter="%"
        style={{ width: 112 }}
        onChange={() => form.setFieldsValue({ preset: 'custom' })}
      />
    </Form.Item>
  );
  return (
    <SaveModal<Values, DividendRun>
      open
      width="min(860px, 100vw)"
      title={t('econ.div.propose')}
      form={form}
      initial={{
        year: Number(shanghaiDate(new Date()).slice(0, 4)) - 1,
        preset: 'zhenxing',
        ...pctOf(ZHENXING_RULE),
        holdings: [],
      }}
      save={save}
      savedText={t('econ.div.proposed')}
      onClose={props.onClose}
      onSaved={props.onSaved}
    >
      <Form.Item
        name="organizationId"
        label={t('econ.div.form.organization')}
        rules={[{ required: true }]}
        extra={t('econ.div.form.organizationHint')}
      >
        <Select
          loading={orgs.loading}
          onChange={pickOrg}
          options={payers.map((o) => ({
            value: o.id,
            label: `${o.name} · ${t(orgKindKey(o.kind))}`,
          }))}
        />
      </Form.Item>
      <Space wrap>
        <Form.Item name="year" label={t('econ.div.year')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} precision={0} />
        </Form.Item>
        <Form.Item name="distributable" label={t('econ.div.total')} rules={[{ required: true }]}>
          <InputNumber min={0} precision={2} style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="preset" label={t('econ.div.form.rule')}>
          <Select
            style={{ width: 300 }}
            onChange={(p: Values['preset']) => {
              if (p === 'zhenxing') form.setFieldsValue(pctOf(ZHENXING_RULE));
            }}
            options={[
              { value: 'zhenxing', label: t('econ.div.form.zhenxing') },
              { value: 'custom', label: t('econ.div.form.custom') },
            ]}
          />
        </Form.Item>
      </Space>
      <Space wrap>{PCT_FIELDS.map(pct)}</Space>
      <DividendHoldings rows={rows} preview={preview} />
    </SaveModal>
  );
}
