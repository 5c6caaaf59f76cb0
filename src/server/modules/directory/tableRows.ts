import { nameSearchKeys } from '../../../domain/directory/pinyinSearch.ts';
import type { DirectoryRows } from '../../../domain/directory/demoCounty/index.ts';
import { parseRegionCode } from '../../../domain/region/regionCode.ts';
import type { FieldCipher } from '../../crypto/fieldCipher.ts';
import type { CopyValue } from '../../db/bulkLoad.ts';

export interface TableRows {
  table: string;
  columns: readonly string[];
  rows: CopyValue[][];
}

const county = (code: string) => code.slice(0, 6);

/**
 * Directory records → rows of the directory tables, in an order that respects references.
 * Sensitive values leave this function only as cipher text and blind indexes.
 */
export function directoryTableRows(d: DirectoryRows, cipher: FieldCipher, now: Date): TableRows[] {
  const ts = now.toISOString();
  const stamp = [ts, ts];
  const orgRegion = new Map(d.orgs.map((o) => [o.id, o.regionCode]));
  const personRegion = new Map(d.persons.map((p) => [p.id, p.regionCode]));
  return [
    {
      table: 'regions',
      columns: [
        'code',
        'region_code',
        'county_code',
        'parent_code',
        'level',
        'name',
        'urban_rural_class',
        'lat',
        'lng',
        'population',
        'households',
        'created_at',
        'updated_at',
      ],
      rows: d.regions.map((r) => {
        const parsed = parseRegionCode(r.code);
        if (!parsed.ok) throw new Error(`region ${r.code}: ${parsed.reason}`);
        return [
          r.code,
          r.code,
          parsed.info.countyCode,
          r.parentCode,
          r.level,
          r.name,
          r.urbanRuralClass,
          r.lat,
          r.lng,
          r.population,
          r.households,
          ...stamp,
        ];
      }),
    },
    {
      table: 'village_profiles',
      columns: ['region_code', 'county_code', 'industries', 'strength', 'is_model'],
      rows: d.villageProfiles.map((v) => [
        v.regionCode,
        county(v.regionCode),
        v.industries,
        v.strength,
        v.isModel,
      ]),
    },
    {
      table: 'grids',
      columns: [
        'id',
        'region_code',
        'county_code',
        'kind',
        'name',
        'seq',
        'created_at',
        'updated_at',
      ],
      rows: d.grids.map((g) => [
        g.id,
        g.regionCode,
        county(g.regionCode),
        g.kind,
        g.name,
        g.seq,
        ...stamp,
      ]),
    },
    {
      table: 'party_orgs',
      columns: [
        'id',
        'region_code',
        'county_code',
        'name',
        'type',
        'kind',
        'parent_id',
        'unit_id',
        'created_at',
        'updated_at',
      ],
      rows: d.orgs.map((o) => [
        o.id,
        o.regionCode,
        county(o.regionCode),
        o.name,
        o.type,
        o.kind,
        o.parentId,
        o.unitId,
        ...stamp,
      ]),
    },
    {
      table: 'units',
      columns: [
        'id',
        'region_code',
        'county_code',
        'name',
        'kind',
        'capabilities',
        'party_org_id',
        'created_at',
        'updated_at',
      ],
      rows: d.units.map((u) => [
        u.id,
        u.regionCode,
        county(u.regionCode),
        u.name,
        u.kind,
        u.capabilities,
        u.partyOrgId,
        ...stamp,
      ]),
    },
    {
      table: 'persons',
      columns: [
        'id',
        'region_code',
        'county_code',
        'name',
        'name_search',
        'name_sort',
        'gender',
        'birth_date',
        'id_cipher',
        'id_index',
        'id_legacy',
        'phone_cipher',
        'phone_index',
        'education',
        'tags',
        'household_id',
        'relation_to_head',
        'unit_id',
        'created_at',
        'updated_at',
      ],
      rows: personRows(d, cipher, stamp),
    },
    {
      table: 'households',
      columns: [
        'id',
        'region_code',
        'county_code',
        'grid_id',
        'head_id',
        'tags',
        'created_at',
        'updated_at',
      ],
      rows: d.households.map((h) => [
        h.id,
        h.regionCode,
        county(h.regionCode),
        h.gridId,
        h.headId,
        h.tags,
        ...stamp,
      ]),
    },
    {
      table: 'memberships',
      columns: [
        'person_id',
        'region_code',
        'county_code',
        'org_id',
        'group_id',
        'kind',
        'join_date',
        'created_at',
        'updated_at',
      ],
      rows: d.memberships.map((m) => {
        // A membership lives where its organization does (the member may reside elsewhere).
        const region = orgRegion.get(m.orgId) ?? personRegion.get(m.personId);
        if (!region)
          throw new Error(
            `membership of ${m.personId}: organization ${m.orgId} is not in this batch`,
          );
        return [
          m.personId,
          region,
          county(region),
          m.orgId,
          m.groupId,
          m.kind,
          m.joinDate,
          ...stamp,
        ];
      }),
    },
    {
      table: 'positions',
      columns: [
        'id',
        'region_code',
        'county_code',
        'person_id',
        'code',
        'org_id',
        'grid_id',
        'unit_id',
        'details',
        'start_date',
        'end_date',
        'created_at',
        'updated_at',
      ],
      rows: d.positions.map((p) => {
        const details: Record<string, unknown> = {};
        if (p.dispatchingUnitId) details.dispatchingUnitId = p.dispatchingUnitId;
        if (p.termEndDate) details.termEndDate = p.termEndDate;
        if (p.goldMediator) details.goldMediator = true;
        return [
          p.id,
          p.regionCode,
          county(p.regionCode),
          p.personId,
          p.code,
          p.orgId,
          p.gridId,
          p.unitId,
          details,
          p.startDate,
          p.endDate,
          ...stamp,
        ];
      }),
    },
    {
      table: 'responsibility_edges',
      columns: [
        'id',
        'region_code',
        'county_code',
        'level',
        'responsible_id',
        'target_kind',
        'target_id',
        'within_id',
        'created_at',
        'updated_at',
      ],
      rows: d.responsibilityEdges.map((e) => [
        e.id,
        e.regionCode,
        county(e.regionCode),
        e.level,
        e.responsibleId,
        e.targetKind,
        e.targetId,
        e.withinId,
        ...stamp,
      ]),
    },
    {
      table: 'contact_pairs',
      columns: [
        'id',
        'region_code',
        'county_code',
        'unit_id',
        'unit_member_id',
        'rural_member_id',
        'household_ids',
        'created_at',
        'updated_at',
      ],
      rows: d.contactPairs.map((c) => [
        c.id,
        c.regionCode,
        county(c.regionCode),
        c.unitId,
        c.unitMemberId,
        c.ruralMemberId,
        c.householdIds,
        ...stamp,
      ]),
    },
  ];
}

// Sensitive values are encrypted per batch (one SM4 context for all of them), not per person.
function personRows(d: DirectoryRows, cipher: FieldCipher, stamp: string[]): CopyValue[][] {
  const idCiphers = cipher.encryptMany(d.persons.map((p) => p.idNumber));
  const phones = d.persons.flatMap((p) => (p.phone ? [p.phone] : []));
  const phoneCiphers = cipher.encryptMany(phones);
  let phoneAt = 0;
  return d.persons.map((p, i) => {
    const keys = nameSearchKeys(p.name);
    const phoneCipher = p.phone ? (phoneCiphers[phoneAt++] ?? null) : null;
    return [
      p.id,
      p.regionCode,
      county(p.regionCode),
      p.name,
      keys.searchText,
      keys.sortKey,
      p.gender,
      p.birthDate,
      idCiphers[i] ?? null,
      cipher.blindIndex(p.idNumber),
      false,
      phoneCipher,
      p.phone ? cipher.blindIndex(p.phone) : null,
      p.education,
      p.tags,
      p.householdId,
      p.relationToHead,
      p.unitId,
      ...stamp,
    ];
  });
}
