import { Card, Empty, Flex, Skeleton, Tag, Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import { useEffect, useState } from 'react';
import { ORG_KINDS, PARTY_ORG_TYPES } from '../../../domain/directory/orgTypes.ts';
import { labelOf } from '../../../domain/directory/vocabulary.ts';
import { directoryApi } from '../../api/directoryEndpoints.ts';
import type { OrgItem } from '../../api/directoryTypes.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ExchangeToolbar } from '../../components/exchange/ExchangeToolbar.tsx';
import { useSession } from '../../session.tsx';
import { useI18n } from '../../i18n/useI18n.ts';

// A committee has at most a few dozen organizations directly below it.
const PAGE_SIZE = 200;

interface Loaded {
  org: OrgItem;
  parent: string | null;
}

function OrgTitle({ org }: { org: OrgItem }) {
  const { t, locale } = useI18n();
  return (
    <Flex gap={6} wrap align="center" style={{ paddingBlock: 2 }}>
      <Typography.Text strong>{org.name}</Typography.Text>
      <Tag color="red">{labelOf(PARTY_ORG_TYPES, org.type, locale)}</Tag>
      <Tag>{labelOf(ORG_KINDS, org.kind, locale)}</Tag>
      <Typography.Text type="secondary">
        {t('orgs.members', { count: org.memberCount })}
      </Typography.Text>
      {org.childCount > 0 && (
        <Typography.Text type="secondary">
          · {t('orgs.children', { count: org.childCount })}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** 党组织树: the top organizations of the user's scope, children loaded when a node opens. */
export default function OrgsPage() {
  const { t } = useI18n();
  const session = useSession();
  const [loaded, setLoaded] = useState<Loaded[]>();
  const [error, setError] = useState<unknown>();
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setError(undefined);
    directoryApi.orgs({ page: 1, pageSize: PAGE_SIZE }, controller.signal).then(
      (page) => setLoaded(page.items.map((org) => ({ org, parent: null }))),
      (cause: unknown) => !controller.signal.aborted && setError(cause),
    );
    return () => controller.abort();
  }, [generation]);

  const loadChildren = async (parentId: string) => {
    try {
      const page = await directoryApi.orgs({ parent: parentId, page: 1, pageSize: PAGE_SIZE });
      setLoaded((current) => {
        const known = new Set((current ?? []).map((entry) => entry.org.id));
        const fresh = page.items
          .filter((org) => !known.has(org.id))
          .map((org) => ({ org, parent: parentId }));
        return [...(current ?? []), ...fresh];
      });
    } catch (cause) {
      setError(cause);
    }
  };

  const build = (parent: string | null): TreeDataNode[] =>
    (loaded ?? [])
      .filter((entry) => entry.parent === parent)
      .map(({ org }) => ({
        key: org.id,
        title: <OrgTitle org={org} />,
        isLeaf: org.childCount === 0,
        children: (loaded ?? []).some((entry) => entry.parent === org.id)
          ? build(org.id)
          : undefined,
      }));

  const treeData = build(null);
  return (
    <Card title={t('orgs.title')}>
      <ExchangeToolbar
        entity="orgs"
        filters={{}}
        canImport={session.can('directory.write')}
        onImported={() => setGeneration((value) => value + 1)}
      />
      <ErrorAlert error={error} onRetry={() => setGeneration((value) => value + 1)} />
      {!loaded && !error && <Skeleton active />}
      {loaded && treeData.length === 0 && <Empty description={t('orgs.empty')} />}
      {treeData.length > 0 && (
        <Tree
          blockNode
          showLine
          treeData={treeData}
          loadData={(node) =>
            typeof node.key === 'string' ? loadChildren(node.key) : Promise.resolve()
          }
        />
      )}
    </Card>
  );
}
