import { Alert, Button, Drawer, Flex, Input, InputNumber, Select, message } from 'antd';
import { useState } from 'react';
import { ROLES, ROLE_PERMISSIONS } from '../../../domain/access/roles.ts';
import { evaluationApi } from '../../api/evaluationEndpoints.ts';
import type { SchemeDefinition, SchemeItem } from '../../api/evaluationTypes.ts';
import { describeError } from '../../api/errorMessage.ts';
import { roleLabel } from '../../i18n/labels.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { StarsEditor } from './StarsEditor.tsx';
import { StepsEditor } from './StepsEditor.tsx';
import { VetoesEditor } from './VetoesEditor.tsx';
import { useSchemeText } from './SchemeText.tsx';
import type { UpdateScheme } from './schemeUpdate.ts';

/** An empty quota means no limit: the field leaves the definition. */
function withQuota(def: SchemeDefinition, quota: number | null): SchemeDefinition {
  const { starQuota: _dropped, ...rest } = def;
  return quota === null ? rest : { ...rest, starQuota: quota };
}

const CLAIM_ROLES = ROLES.filter((r) => ROLE_PERMISSIONS[r].includes('evaluation.claim'));
const VILLAGE_SUBJECTS = ['party_org', 'village'];

/**
 * The scheme editor: names, who claims, notice days, quota, the required star, the first
 * secretary's target, the stars and their criteria, the review steps and the vetoes. The server
 * checks the whole definition, refuses edits under a running round and versions a scheme closed
 * rounds used.
 */
export function SchemeEditor({
  scheme,
  onClose,
  onSaved,
}: {
  scheme: SchemeItem | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t, locale } = useI18n();
  const nameOf = useSchemeText();
  const [def, setDef] = useState<SchemeDefinition | null>(scheme?.definition ?? null);
  const [busy, setBusy] = useState(false);
  const update: UpdateScheme = (change) => setDef((d) => (d ? change(d) : d));
  if (!scheme || !def) return null;
  const save = async () => {
    setBusy(true);
    try {
      const saved = await evaluationApi.editScheme(scheme.id, def);
      message.success(t('evaluation.saved', { n: saved.version }));
      onSaved();
    } catch (error) {
      message.error(describeError(error, t, locale));
    } finally {
      setBusy(false);
    }
  };
  const levels = Array.from({ length: def.stars.length }, (_, i) => ({
    value: i + 1,
    label: t('evaluation.levelN', { n: i + 1 }),
  }));
  return (
    <Drawer
      open
      onClose={onClose}
      size="large"
      title={`${t('evaluation.edit')} · ${nameOf(scheme.name)}`}
      extra={
        <Button type="primary" loading={busy} onClick={save}>
          {t('evaluation.save')}
        </Button>
      }
    >
      <Flex vertical gap={12}>
        {locale !== 'zh-CN' && <Alert type="info" showIcon title={t('evaluation.namesNote')} />}
        <label>
          {t('evaluation.name')}
          <Input
            value={def.name}
            onChange={(e) => update((d) => ({ ...d, name: e.target.value }))}
            aria-label={t('evaluation.name')}
          />
        </label>
        <Flex gap={16} wrap>
          <label>
            {t('evaluation.claimRole')}{' '}
            <Select
              style={{ width: 150 }}
              aria-label={t('evaluation.claimRole')}
              value={def.claimRole}
              onChange={(v) => update((d) => ({ ...d, claimRole: v }))}
              options={CLAIM_ROLES.map((r) => ({ value: r, label: roleLabel(t, r) }))}
            />
          </label>
          <label>
            {t('evaluation.noticeDays')}{' '}
            <InputNumber
              min={1}
              max={30}
              value={def.noticeDays}
              onChange={(v) => update((d) => ({ ...d, noticeDays: v ?? 1 }))}
              aria-label={t('evaluation.noticeDays')}
            />
          </label>
          <label>
            {t('evaluation.starQuota')}{' '}
            <InputNumber
              min={1}
              max={10000}
              value={def.starQuota ?? null}
              onChange={(v) => update((d) => withQuota(d, v))}
              aria-label={t('evaluation.starQuota')}
            />
          </label>
        </Flex>
        {def.stars.length >= 3 && (
          <label>
            {t('evaluation.requiredStar')}{' '}
            <Select
              allowClear
              style={{ width: 200 }}
              value={def.levelRule.requiredStar}
              onChange={(v: string | undefined) =>
                update((d) => ({
                  ...d,
                  levelRule: v ? { requiredStar: v, requiredFromLevel: 3 } : {},
                }))
              }
              options={def.stars.map((s) => ({ value: s.key, label: nameOf(s.name) }))}
            />
          </label>
        )}
        {VILLAGE_SUBJECTS.includes(def.subjectType) && (
          <label>
            {t('evaluation.firstSecretaryTarget')}{' '}
            <Select
              allowClear
              style={{ width: 120 }}
              aria-label={t('evaluation.firstSecretaryTarget')}
              value={def.firstSecretaryTarget ?? undefined}
              onChange={(v: number | undefined) =>
                update((d) => ({ ...d, firstSecretaryTarget: v ?? null }))
              }
              options={levels}
            />
          </label>
        )}
        <StarsEditor def={def} update={update} />
        <StepsEditor def={def} update={update} />
        <VetoesEditor def={def} update={update} />
      </Flex>
    </Drawer>
  );
}
