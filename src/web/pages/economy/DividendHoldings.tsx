import { Alert, Descriptions, Form, InputNumber, Table, Typography } from 'antd';
import { useI18n } from '../../i18n/useI18n.ts';
import { yuan } from './labels.ts';
import type { HoldingRow, previewOf } from './dividendForm.ts';

// The households' shares of a proposed 分红 run — prefilled from the organization's members,
// editable — beside each household's amount, from dividendForm.ts previewOf (the server's own
// splitDividend), so the preview is what the run will come to.

/** The head's name where the household id is the form's value (server errors show under it). */
function HeadName({ name }: { name: string; value?: string }) {
  return <Typography.Text>{name}</Typography.Text>;
}

/**
 * The three parts a 分红 run's amount splits into (集体、公益、到户), in 元, as items of a
 * Descriptions: the proposal's preview and the run's drawer show the same split.
 */
export function dividendSplitItems(
  t: ReturnType<typeof useI18n>['t'],
  split: { collectiveFen: number; welfareFen: number; householdsFen: number },
) {
  return [
    <Descriptions.Item key="collective" label={t('econ.div.collective')}>
      {yuan(split.collectiveFen)}
    </Descriptions.Item>,
    <Descriptions.Item key="welfare" label={t('econ.div.welfare')}>
      {yuan(split.welfareFen)}
    </Descriptions.Item>,
    <Descriptions.Item key="households" label={t('econ.div.households')}>
      {yuan(split.householdsFen)}
    </Descriptions.Item>,
  ];
}

export function DividendHoldings(props: {
  rows: readonly HoldingRow[];
  preview: ReturnType<typeof previewOf>;
}) {
  const { rows, preview } = props;
  const { t } = useI18n();
  const cell = (index: number, key: 'land' | 'cash' | 'member', precision: number) => (
    <Form.Item name={['holdings', index, key]} style={{ margin: 0 }}>
      <InputNumber
        min={0}
        precision={precision}
        style={{ width: 96 }}
        aria-label={`${rows[index]?.headName ?? ''} ${t(`econ.div.form.${key}`)}`}
      />
    </Form.Item>
  );
  const split = preview.split;
  return (
    <>
      <Table<HoldingRow>
        rowKey="householdId"
        size="small"
        pagination={false}
        scroll={{ y: 280 }}
        dataSource={[...rows]}
        locale={{ emptyText: t('econ.div.form.noMembers') }}
        data-testid="dividend-holdings"
        columns={[
          {
            title: t('econ.div.head'),
            key: 'head',
            render: (_, r, i) => (
              <Form.Item name={['holdings', i, 'householdId']} style={{ margin: 0 }}>
                <HeadName name={r.headName} />
              </Form.Item>
            ),
          },
          { title: t('econ.div.form.land'), key: 'land', render: (_, _r, i) => cell(i, 'land', 2) },
          { title: t('econ.div.form.cash'), key: 'cash', render: (_, _r, i) => cell(i, 'cash', 0) },
          {
            title: t('econ.div.form.member'),
            key: 'member',
            render: (_, _r, i) => cell(i, 'member', 0),
          },
          {
            title: t('econ.div.amount'),
            key: 'amount',
            align: 'right',
            render: (_, r) => (split ? yuan(split.households.get(r.householdId) ?? 0) : '—'),
          },
        ]}
      />
      {preview.problems.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          message={t('econ.div.form.cannotSplit')}
          description={preview.problems.map((p) => `${p.path}: ${p.message}`).join('；')}
        />
      )}
      {split && (
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 3 }}
          style={{ marginTop: 8 }}
          data-testid="dividend-preview"
        >
          {dividendSplitItems(t, split)}
        </Descriptions>
      )}
    </>
  );
}
