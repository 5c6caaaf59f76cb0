import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { describeError } from '../../api/errorMessage.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { LanguageSwitch } from '../../layout/LanguageSwitch.tsx';
import { useSessionContext } from '../../session.tsx';

interface LoginForm {
  username: string;
  password: string;
}

export default function LoginPage() {
  const { t, locale } = useI18n();
  const { state, login } = useSessionContext();
  const [form] = Form.useForm<LoginForm>();
  const [submitting, setSubmitting] = useState(false);
  // the error object, not its text: switching language re-translates the message
  const [error, setError] = useState<unknown>();

  const submit = async ({ username, password }: LoginForm) => {
    setSubmitting(true);
    setError(undefined);
    try {
      await login(username.trim(), password);
    } catch (cause) {
      setError(cause);
      form.setFieldValue('password', '');
    } finally {
      setSubmitting(false);
    }
  };

  const expired = state.status === 'anonymous' && state.reason === 'expired';
  return (
    <div className="lingyan-login">
      <div className="lingyan-login-lang">
        <LanguageSwitch />
      </div>
      <div className="lingyan-login-brand">
        <h1>{t('app.name')}</h1>
        <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>
      </div>
      <Card className="lingyan-login-card" title={t('login.title')}>
        {expired && !error && (
          <Alert
            type="warning"
            showIcon
            title={t('error.SESSION_EXPIRED')}
            style={{ marginBottom: 16 }}
          />
        )}
        {error !== undefined && (
          <Alert
            type="error"
            showIcon
            role="alert"
            data-testid="login-error"
            title={t('login.failedTitle')}
            description={describeError(error, t, locale)}
            style={{ marginBottom: 16 }}
          />
        )}
        <Form
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={(values) => void submit(values)}
        >
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
          >
            <Input autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password autoComplete="current-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={submitting}>
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
