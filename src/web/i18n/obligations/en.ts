import type { obligationsZhCN } from './zhCN.ts';

// English texts of the obligations pages.
export const obligationsEn: { readonly [K in keyof typeof obligationsZhCN]: string } = {
  'nav.obligationsMine': 'My obligations',
  'home.module.obligationsMine':
    'This period of your pairings’ “five ones”; record visits and activities',
  'nav.obligationsBoard': 'Compliance board',
  'home.module.obligationsBoard':
    'Compliance of pairings and monthly themes, drill-down, every missed period named',

  'obl.type.labourDay': 'Labour day',
  'obl.type.benefitProject': 'Public-benefit project',
  'obl.type.livelihoodMatter': 'Livelihood matter',
  'obl.type.courtyard': 'Beautiful courtyard',
  'obl.type.visit': 'Visit / reception',
  'obl.type.researchVisit': 'Research visit',
  'obl.type.monthlyTheme': 'Monthly theme',
  'obl.type.secretaryForum': 'Secretaries’ forum',
  'obl.type.jointMeeting': 'Joint meeting',
  'obl.type.observation': 'Observation visit',
  'obl.type.training': 'Training',

  'obl.kind.pairing': 'Unit–village pairings',
  'obl.kind.village': 'Villages (monthly theme)',
  'obl.kind.union': 'Village unions',
  'obl.kind.compound': 'Residential compounds (training)',

  'obl.status.met': 'Done',
  'obl.status.short': 'Missed',
  'obl.status.open': 'In progress',

  'obl.mine.title': 'My obligations',
  'obl.mine.empty': 'You have no pairing, union or village to report for',
  'obl.mine.thisPeriod': 'This period',
  'obl.mine.missed': '{n} periods missed this year',
  'obl.mine.allMet': 'Every period that ended this year was met',
  'obl.mine.record': 'Record an activity',
  'obl.mine.recent': 'Recent activities',

  'obl.record.title': 'Record an activity',
  'obl.record.type': 'Type',
  'obl.record.date': 'Date',
  'obl.record.titleField': 'What was done',
  'obl.record.place': 'Place',
  'obl.record.outcome': 'Outcome (optional)',
  'obl.record.households': 'Households visited',
  'obl.record.withMe': 'I took part',
  'obl.record.submit': 'Save',
  'obl.record.sent': 'Saved',
  'obl.record.queued': 'No signal: kept on this phone and sent when the network is back',
  'obl.record.future': 'The date cannot be after today',

  'obl.board.title': 'Compliance board',
  'obl.board.year': 'Year',
  'obl.board.subjects': 'Subjects',
  'obl.board.due': 'Periods due',
  'obl.board.met': 'Periods met',
  'obl.board.rate': 'Rate',
  'obl.board.laggards': 'Laggards',
  'obl.board.region': 'Region',
  'obl.board.rules': 'By rule',
  'obl.board.rule': 'Rule',
  'obl.board.laggardList': 'Reminder list (each missed period named)',
  'obl.board.missed': 'Missed',
  'obl.board.more': '{n} more not shown',
  'obl.board.noLaggards': 'Every subject met every period this year',
  'obl.board.noSubjects': 'No subjects in this area this year',
  'obl.board.subject': 'Subject',
  'obl.board.asOf': 'As of {date}',
  'obl.board.up': 'Up one level',

  'obl.subject.title': 'Period by period',
  'obl.subject.activities': 'Activities of the period',
  'obl.subject.noActivities': 'No activity recorded in this period',
  'obl.activity.participants': 'Participants',
  'obl.activity.households': 'Households',

  'obl.record.photos': 'Photos or documents (optional)',
  'obl.record.photosHint':
    'JPEG, PNG, WebP or PDF, up to 8 MB each, at most 9; uploaded once the activity is saved',
  'obl.record.photoTooLarge': '{name} is larger than 8 MB and was not added',
  'obl.record.photosSent': '{n} evidence file(s) uploaded',
  'obl.record.photosFailed': 'Uploading {name} failed: {error}',
  'obl.record.photosWaiting':
    'The photos are uploaded once the activity is sent; keep this page open',
  'obl.activity.evidence': 'Evidence',

  'obl.history.title': 'Contact history',
  'obl.history.empty': 'No visit recorded yet',
  'pairs.lastVisit': 'Last visit',
};
