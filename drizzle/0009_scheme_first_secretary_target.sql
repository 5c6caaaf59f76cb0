-- Schemes carry firstSecretaryTarget (the level a first secretary's village must reach by the end
-- of the term). Until now the warning applied to schemes whose key starts with five-star-branch, at
-- three stars: stored schemes keep exactly that; every other scheme without the field reads as null.
UPDATE "evaluation_schemes"
SET "definition" = "definition" || '{"firstSecretaryTarget": 3}'::jsonb
WHERE "key" LIKE 'five-star-branch%'
  AND "subject_type" IN ('party_org', 'village')
  AND NOT ("definition" ? 'firstSecretaryTarget');
