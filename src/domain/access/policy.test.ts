import { describe, expect, it } from 'vitest';
import { VILLAGE_CADRE_PERMISSIONS } from './testing/villageCadrePermissions.ts';
import { can, canGrant, permissionsOf, type Actor } from './policy.ts';

const township: Actor = {
  accountId: 'a',
  username: 'township',
  grants: [{ role: 'township_admin', scope: '410599101000', regionCode: '410599101000' }],
};
const villageCadre: Actor = {
  accountId: 'b',
  username: 'village1',
  grants: [{ role: 'village_cadre', scope: '410599101201', regionCode: '410599101201' }],
};

describe('policy', () => {
  it('allows an action only inside the scope of a grant that lists it', () => {
    expect(can(township, 'accounts.read', '410599101201')).toBe(true);
    expect(can(township, 'accounts.read', '410599102201')).toBe(false);
    expect(can(township, 'accounts.read', '410599000000')).toBe(false);
    expect(can(villageCadre, 'accounts.write', '410599101201')).toBe(false);
  });

  it('denies what no role lists', () => {
    expect(can(villageCadre, 'audit.read', '410599101201')).toBe(false);
    expect(permissionsOf(villageCadre)).toEqual(VILLAGE_CADRE_PERMISSIONS);
  });

  it('lets a township admin grant village roles but not county roles', () => {
    expect(canGrant(township, 'village_cadre', '410599101201')).toBe(true);
    expect(canGrant(township, 'county_admin', '410599101201')).toBe(false);
    expect(canGrant(township, 'village_cadre', '410599102201')).toBe(false);
    expect(canGrant(villageCadre, 'villager', '410599101201')).toBe(false);
  });
});
