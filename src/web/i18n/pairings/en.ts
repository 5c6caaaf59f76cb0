import type { pairingsZhCN } from './zhCN.ts';

// Texts of the pairing pages in English; every key of zh-CN, no more.
export const pairingsEn: { readonly [K in keyof typeof pairingsZhCN]: string } = {
  'nav.pairings': 'Pairings',
  'home.module.pairings':
    'Unit–village pairings: the six-part work plan, 1+1+N household contacts and activities',

  'pairing.list.title': 'Pairings',
  'pairing.list.empty': 'No pairings to show',
  'pairing.leader': 'Team leader',
  'pairing.period': 'Period',
  'pairing.periodOpen': 'ongoing',
  'pairing.items': '{n} plan items ({done} done)',
  'pairing.activities': '{n} activities',
  'pairing.lastActivity': 'latest {date}',
  'pairing.back': 'Back to pairings',
  'pairing.open': 'Open the pairing',

  'pairing.plan.title': 'Work plan',
  'pairing.plan.empty': 'No items in this part',
  'pairing.plan.add': 'Add item',
  'pairing.plan.edit': 'Edit',
  'pairing.plan.delete': 'Delete',
  'pairing.plan.deleteConfirm':
    'Delete this item? An item with recorded activities cannot be deleted; drop it instead.',
  'pairing.plan.progress': '{n} activities',
  'pairing.plan.progressLast': '{n} activities · latest {date}',
  'pairing.plan.due': 'due {date}',
  'pairing.plan.saved': 'Saved',

  'pairing.part.organization': 'Party organization',
  'pairing.part.team': 'Members and cadres',
  'pairing.part.industry': 'Industry',
  'pairing.part.resources': 'Shared resources',
  'pairing.part.livelihood': 'Practical matters',
  'pairing.part.brand': 'Brand',

  'pairing.status.planned': 'Planned',
  'pairing.status.doing': 'In progress',
  'pairing.status.done': 'Done',
  'pairing.status.dropped': 'Dropped',

  'pairing.side.unit': 'Paired unit',
  'pairing.side.village': 'Village',

  'pairing.form.part': 'Part',
  'pairing.form.title': 'Item',
  'pairing.form.description': 'Details',
  'pairing.form.ownerSide': 'Led by',
  'pairing.form.dueOn': 'Due (optional)',
  'pairing.form.status': 'Status',

  'pairing.contacts.title': '1+1+N contacts',
  'pairing.contacts.empty': 'The unit has no household contacts in this village',
  'pairing.contacts.never': 'not visited yet',
  'pairing.recent.title': 'Recent activities',
  'pairing.record.planItem': 'Plan item it serves (optional)',
};
