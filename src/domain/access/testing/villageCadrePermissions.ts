/** What a village cadre (`village_cadre`) may do, sorted: as `permissionsOf` and /auth/login list it. */
export const VILLAGE_CADRE_PERMISSIONS = [
  'accounts.read',
  'cases.handle',
  'cases.read',
  'cases.submit',
  'directory.read',
  'directory.write',
  'evaluation.claim',
  'evaluation.read',
  'evaluation.review',
  'obligations.read',
  'obligations.record',
  'regions.read',
];
