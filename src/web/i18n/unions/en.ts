import type { unionsZhCN } from './zhCN.ts';

export const unionsEn: Record<keyof typeof unionsZhCN, string> = {
  'nav.unions': 'Village unions',
  'home.module.unions': 'Adopted unions: joint party org, secretary, members, villages and history',

  'union.form.leadVillage': 'Lead-goose (头雁领航)',
  'union.form.strongHelpsWeak': 'Strong lifts weak (强村带弱)',
  'union.form.industryDriven': 'Industry-driven (产业拉动)',
  'union.form.projectDriven': 'Project-driven (项目牵引)',

  'union.event.created': 'Union created',
  'union.event.updated': 'Details edited',
  'union.event.villageAdded': 'Village added',
  'union.event.villageRemoved': 'Village removed',
  'union.event.secretaryChanged': 'Secretary changed',
  'union.event.membersChanged': 'Committee changed',

  'union.list.title': 'Village unions',
  'union.list.empty': 'No unions in your scope',
  'union.col.name': 'Union',
  'union.col.form': 'Form',
  'union.col.villages': 'Villages',
  'union.col.org': 'Party organization',
  'union.col.secretary': 'Secretary',
  'union.back': 'Back to the list',
  'union.lead': 'Lead village',
  'union.committee': 'Committee members',
  'union.none': 'None',
  'union.history': 'History',
  'union.villages': 'Member villages (each keeps its boundaries and assets)',
  'union.remove': 'Remove',
  'union.removeConfirm': 'Remove this village from the union?',
  'union.addVillage': 'Add village',
  'union.villageCode': 'Village code (12 digits)',
};
