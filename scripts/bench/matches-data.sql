-- Data for `npm run bench:matches`: 1,000,000 people in the registry, 250,000 reports over 2015-2019
-- in the 72 counties (30% Milwaukee; 5% drafts, 2% discarded), 500,000 trafficking identifiers on
-- them (two a report: phones, handles, plates and aliases, each value named by about five reports).
-- Set-based (generate_series), reproducible (setseed). :user is the id of a worker the script made.
SELECT setseed(0.2018);

CREATE TEMP TABLE bos AS SELECT array_agg(code ORDER BY code) AS codes FROM counties WHERE code <> '55079';
CREATE TEMP TABLE syllables AS SELECT ARRAY['an','bel','car','dan','el','fra','gor','hal','is','jo','kel','lin','mar','nor','ol',
  'per','quin','ros','sal','tor','ul','van','wil','xan','yor','zel','ber','chen','dov','ran'] AS s;
CREATE TEMP TABLE first_names AS SELECT ARRAY['Maya','Ana','Jo','Sam','Alex','Jordan','Taylor','Morgan','Riley','Casey','Jamie',
  'Avery','Quinn','Drew','Rowan','Emery','Kai','Nia','Zoe','Liam','Noah','Emma','Olivia','Ava','Mia','Luis','Sofia','Isabella',
  'Aiden','Elijah','Grace','Chloe','Layla','Nora','Lily','Hannah','Aaliyah','Jayden','Mateo','Camila'] AS f;

-- 27,000 last names (three syllables), 40 first names, dates of birth over 60 years.
INSERT INTO persons (id, first_name, last_name, first_name_key, last_name_key, date_of_birth, gender, updated_at)
SELECT md5('person' || i)::uuid, fn, ln, lower(fn), lower(ln), date '1960-01-01' + (random() * 365 * 60)::int,
  (CASE WHEN random() < 0.5 THEN 'FEMALE' ELSE 'MALE' END)::"Gender", now()
FROM (
  SELECT i, f.f[1 + floor(random() * 40)::int] AS fn,
    initcap(s.s[1 + floor(random() * 30)::int] || s.s[1 + floor(random() * 30)::int] || s.s[1 + floor(random() * 30)::int]) AS ln
  FROM generate_series(0, 999999) i, syllables s, first_names f
) x;

INSERT INTO access_reports (id, report_number, county_code, received_at, reporter_type, narrative, present_danger_threat, status, created_by_id, updated_at, submitted_at)
SELECT id, '2099-' || right(county_code, 3) || '-' || lpad(n::text, 6, '0'), county_code, t, 'EDUCATION', 'Benchmark report.', false,
  status, :user, now(), CASE WHEN status NOT IN ('DRAFT', 'DISCARDED') THEN t END
FROM (
  SELECT x.*, row_number() OVER (PARTITION BY county_code ORDER BY r) AS n
  FROM (
    SELECT r, md5('report' || r)::uuid AS id,
      CASE WHEN random() < 0.30 THEN '55079' ELSE bos.codes[1 + floor(random() * 71)::int] END AS county_code,
      timestamptz '2015-01-01 06:00:00+00' + random() * interval '1826 days' AS t,
      (CASE WHEN s < 0.05 THEN 'DRAFT' WHEN s < 0.07 THEN 'DISCARDED' WHEN s < 0.80 THEN 'SCREENED_IN'
            WHEN s < 0.95 THEN 'SCREENED_OUT' ELSE 'AWAITING_SUPERVISOR' END)::"ReportStatus" AS status
    FROM (SELECT r, random() AS s FROM generate_series(0, 249999) r) g, bos
  ) x
) y;

-- Identifier k is on report k mod 250,000 (keys i0, i1); its kind by k mod 4; its value one of 25,000 of that kind.
INSERT INTO report_identifiers (report_id, key, kind, value, normalized, platform, position)
SELECT md5('report' || (k % 250000))::uuid, 'i' || (k / 250000), kind, value,
  CASE kind WHEN 'PHONE' THEN regexp_replace(value, '\D', '', 'g') WHEN 'VEHICLE_PLATE' THEN upper(replace(value, ' ', ''))
    ELSE lower(ltrim(value, '@')) END,
  CASE WHEN kind = 'SOCIAL_HANDLE' THEN 'Instagram' END, (k / 250000)
FROM (
  SELECT k, (ARRAY['PHONE','SOCIAL_HANDLE','VEHICLE_PLATE','ALIAS'])[1 + k % 4]::"IdentifierKind" AS kind, v
  FROM (SELECT k, floor(random() * 25000)::int AS v FROM generate_series(0, 499999) k) g
) x,
LATERAL (SELECT CASE x.kind
  WHEN 'PHONE' THEN '(414) 55' || lpad(x.v::text, 5, '0')
  WHEN 'SOCIAL_HANDLE' THEN '@Handle_' || x.v
  WHEN 'VEHICLE_PLATE' THEN 'AB ' || lpad(x.v::text, 5, '0')
  ELSE 'Alias ' || x.v END AS value) v
