-- Issue 14 items 3 and 4: 五有 rates 小区党组织 and 八有 小区党群服务站 (the new subject type `compound`, a
-- residential-compound grid), and 十大文明家庭 is a selection of households of its own
-- (preset `top-ten-families`, loaded on start). Presets no round has used yet follow the new
-- definitions; a preset a round was opened under keeps the one it was opened under.
UPDATE "evaluation_schemes" s
SET "subject_type" = 'compound',
    "name" = CASE WHEN s."key" = 'eight-haves' THEN '小区党群服务站“八有”标准' ELSE s."name" END,
    "definition" = (s."definition" - 'orgKind') || jsonb_build_object(
      'subjectType', 'compound',
      'name', CASE WHEN s."key" = 'eight-haves' THEN '小区党群服务站“八有”标准' ELSE s."definition"->>'name' END)
WHERE s."is_preset" AND s."key" IN ('five-haves', 'eight-haves')
  AND NOT EXISTS (SELECT 1 FROM "evaluation_rounds" r WHERE r."scheme_id" = s."id");
--> statement-breakpoint
UPDATE "evaluation_schemes" s
SET "definition" = jsonb_set(s."definition", '{stars}', (
      SELECT jsonb_agg(t.x ORDER BY t.i)
      FROM jsonb_array_elements(s."definition"->'stars') WITH ORDINALITY AS t(x, i)
      WHERE t.x->>'key' <> 'civilizedFamily'))
WHERE s."is_preset" AND s."key" = 'top-ten-selections'
  AND s."definition"->'stars' @> '[{"key": "civilizedFamily"}]'::jsonb
  AND NOT EXISTS (SELECT 1 FROM "evaluation_rounds" r WHERE r."scheme_id" = s."id");
--> statement-breakpoint
-- Issue 14 item 3: 小组评星 is the group leader's step (role group_leader), not the village cadre's.
UPDATE "evaluation_schemes" s
SET "definition" = jsonb_set(s."definition", '{steps}', (
      SELECT jsonb_agg(CASE WHEN t.x->>'key' = 'groupReview'
                            THEN jsonb_set(t.x, '{role}', '"group_leader"'::jsonb) ELSE t.x END
                       ORDER BY t.i)
      FROM jsonb_array_elements(s."definition"->'steps') WITH ORDINALITY AS t(x, i)))
WHERE s."is_preset" AND s."key" = 'ten-star-household'
  AND NOT EXISTS (SELECT 1 FROM "evaluation_rounds" r WHERE r."scheme_id" = s."id");
