import {
  Button,
  Card,
  Flex,
  Form,
  Input,
  List,
  Select,
  Skeleton,
  Tag,
  Typography,
  message,
} from 'antd';
import { useState } from 'react';
import { caseApi, type Announcement } from '../../api/caseEndpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { formatDay } from '../../i18n/format.ts';
import { DateField } from '../../components/DateField.tsx';

// The region is the picker's, not a form field.
type AnnouncementForm = Omit<Announcement, 'regionCode'>;

/** 人大代表接待日: the regular days (the 11th, a week's notice), the announced ones, and the cadres' announcement form. */
export default function ReceptionDaysPage() {
  const { t, locale } = useI18n();
  const days = useApiQuery((signal) => caseApi.receptionDays(signal), []);
  const [form] = Form.useForm<AnnouncementForm>();
  const [error, setError] = useState<unknown>(null);
  // The server says where the caller may announce (the cases policy), the page does not re-derive it.
  const region = days.data?.announceIn ?? '';
  const mayAnnounce = region !== '';
  const announce = async () => {
    const values = await form.validateFields();
    try {
      await caseApi.announce({ ...values, regionCode: region });
      void message.success(t('reception.saved'));
      setError(null);
      form.resetFields();
      days.reload();
    } catch (e) {
      setError(e);
    }
  };
  if (days.error) return <ErrorAlert error={days.error} onRetry={days.reload} />;
  if (!days.data) return <Skeleton active />;
  return (
    <Flex vertical gap={16}>
      <Card size="small" title={t('reception.schedule')}>
        <Flex gap={8} wrap>
          {days.data.schedule.map((s) => (
            <Tag key={s.date} color="blue">
              {formatDay(s.date, locale)} ·{' '}
              {t('reception.announceBy', { date: formatDay(s.announceOn, locale) })}
            </Tag>
          ))}
        </Flex>
      </Card>
      <Card size="small" title={t('reception.announced')}>
        <List
          className="lingyan-reception-days"
          dataSource={days.data.items}
          locale={{ emptyText: t('reception.none') }}
          renderItem={(d) => (
            <List.Item>
              <List.Item.Meta
                title={`${formatDay(d.date, locale)} ${d.time}`}
                description={`${d.place} · ${t('reception.deputies')}：${d.deputies.join('、')}`}
              />
            </List.Item>
          )}
        />
      </Card>
      {mayAnnounce && (
        <Card size="small" title={t('reception.announce')}>
          <ErrorAlert error={error} />
          <Form form={form} layout="vertical" style={{ maxWidth: 480 }}>
            <Form.Item
              name="date"
              label={t('reception.date')}
              extra={t('reception.hint')}
              rules={[{ required: true }]}
            >
              <DateField />
            </Form.Item>
            <Form.Item
              name="time"
              label={t('reception.time')}
              rules={[{ required: true, max: 20 }]}
            >
              <Input placeholder="09:00-11:30" />
            </Form.Item>
            <Form.Item
              name="place"
              label={t('reception.place')}
              rules={[{ required: true, max: 100 }]}
            >
              <Input />
            </Form.Item>
            <Form.Item
              name="deputyPersonIds"
              label={t('reception.deputies')}
              extra={days.data.deputyChoices.length === 0 ? t('reception.noDeputies') : undefined}
              rules={[{ required: true, type: 'array', min: 1 }]}
            >
              <Select
                mode="multiple"
                showSearch
                optionFilterProp="label"
                options={days.data.deputyChoices.map((d) => ({
                  value: d.personId,
                  label: `${d.name} · ${d.regionName}`,
                }))}
              />
            </Form.Item>
            <Button type="primary" onClick={() => void announce()}>
              {t('reception.announce')}
            </Button>
          </Form>
        </Card>
      )}
      <Typography.Text type="secondary">{t('home.module.receptionDays')}</Typography.Text>
    </Flex>
  );
}
