import { Button, Flex, Form, Input, Select } from 'antd';
import { api } from '../../api/endpoints.ts';
import type { Account, NewAccount, Role } from '../../api/types.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { RegionPicker } from '../../components/RegionPicker.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { roleLabel } from '../../i18n/labels.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { useSession } from '../../session.tsx';
import { grantableRoles, passwordRule, phoneRule, USERNAME_PATTERN } from './accountRules.ts';

interface FormValues {
  username: string;
  displayName: string;
  password: string;
  phone?: string;
  roles: { role?: Role; scope?: string }[];
}

interface CreateAccountModalProps {
  open: boolean;
  onClose: () => void;
  onCreated: (account: Account) => void;
}

export function CreateAccountModal({ open, onClose, onCreated }: CreateAccountModalProps) {
  const { t } = useI18n();
  const { roles: myRoles } = useSession();
  const [form] = Form.useForm<FormValues>();
  const { busy, error, run } = useSubmit();

  const submit = (values: FormValues) => {
    const account: NewAccount = {
      username: values.username.trim(),
      displayName: values.displayName.trim(),
      password: values.password,
      roles: values.roles.flatMap(({ role, scope }) => (role && scope ? [{ role, scope }] : [])),
    };
    const phone = values.phone?.trim();
    if (phone) account.phone = phone;
    return run(async () => {
      onCreated(await api.createAccount(account));
      form.resetFields();
      onClose();
    });
  };

  return (
    <FormModal<FormValues>
      open={open}
      title={t('accounts.create')}
      form={form}
      busy={busy}
      error={error}
      initialValues={{ roles: [{}] }}
      onFinish={(values) => void submit(values)}
      onCancel={onClose}
    >
      <Form.Item
        name="username"
        label={t('accounts.username')}
        rules={[
          { required: true, pattern: USERNAME_PATTERN, message: t('accounts.usernameInvalid') },
        ]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="displayName"
        label={t('accounts.displayName')}
        rules={[
          {
            required: true,
            whitespace: true,
            max: 64,
            message: t('accounts.displayNameRequired'),
          },
        ]}
      >
        <Input />
      </Form.Item>
      <Form.Item
        name="password"
        required
        label={t('accounts.password')}
        rules={[passwordRule(t, () => form.getFieldValue('username') as string | undefined)]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item name="phone" label={t('accounts.phone')} rules={[phoneRule(t)]}>
        <Input inputMode="tel" maxLength={20} />
      </Form.Item>
      <Form.List
        name="roles"
        rules={[
          {
            validator: async (_, roles: unknown[] | undefined) => {
              if (!roles || roles.length === 0) throw new Error(t('accounts.rolesRequired'));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field) => (
              <Flex key={field.key} gap={8} align="start" wrap>
                <Form.Item
                  name={[field.name, 'role']}
                  label={t('accounts.role')}
                  rules={[{ required: true, message: t('accounts.roleRequired') }]}
                  style={{ flex: '1 1 160px' }}
                >
                  <Select
                    options={grantableRoles(myRoles).map((role) => ({
                      value: role,
                      label: roleLabel(t, role),
                    }))}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'scope']}
                  label={t('accounts.scope')}
                  rules={[{ required: true, message: t('accounts.scopeRequired') }]}
                  style={{ flex: '2 1 220px' }}
                >
                  <RegionPicker placeholder={t('accounts.scopeRequired')} />
                </Form.Item>
                {fields.length > 1 && (
                  <Button
                    type="link"
                    danger
                    onClick={() => remove(field.name)}
                    style={{ marginTop: 30 }}
                  >
                    {t('accounts.removeRole')}
                  </Button>
                )}
              </Flex>
            ))}
            <Button type="dashed" block onClick={() => add({})}>
              {t('accounts.addRole')}
            </Button>
            <Form.ErrorList errors={errors} />
          </>
        )}
      </Form.List>
    </FormModal>
  );
}
