-- Children looked after on the period's last day by characteristic, as DfE's
-- la_cla_on_31_march_by_characteristics.csv groups them: one row per breakdown label of
-- jobs/breakdowns.yml, the share of those children (percent, unrounded) and how many they are.
-- Characteristics are those of the episode open that day (short breaks are not counted) and of the
-- child's header; a category no child is in gives 0; a code outside DfE's lists is in no category.
WITH category(kind, code, breakdown) AS (VALUES
    ('age', '0', 'Age group: Under 1 year'),
    ('age', '1-4', 'Age group: 1 to 4 years'),
    ('age', '5-9', 'Age group: 5 to 9 years'),
    ('age', '10-15', 'Age group: 10 to 15 years'),
    ('age', '16+', 'Age group: 16 years and over'),
    -- sex codes 1 and 2, M and F from 2025
    ('sex', '1', 'Gender: Male'), ('sex', 'M', 'Gender: Male'),
    ('sex', '2', 'Gender: Female'), ('sex', 'F', 'Gender: Female'),
    ('ethnic', 'WBRI', 'Ethnicity: 1. Total White'), ('ethnic', 'WIRI', 'Ethnicity: 1. Total White'),
    ('ethnic', 'WOTH', 'Ethnicity: 1. Total White'), ('ethnic', 'WIRT', 'Ethnicity: 1. Total White'),
    ('ethnic', 'WROM', 'Ethnicity: 1. Total White'),
    ('ethnic', 'MWBC', 'Ethnicity: 2. Total Mixed or Multiple ethnic groups'),
    ('ethnic', 'MWBA', 'Ethnicity: 2. Total Mixed or Multiple ethnic groups'),
    ('ethnic', 'MWAS', 'Ethnicity: 2. Total Mixed or Multiple ethnic groups'),
    ('ethnic', 'MOTH', 'Ethnicity: 2. Total Mixed or Multiple ethnic groups'),
    -- Chinese is counted with Asian, as DfE (and the 2021 census) count it
    ('ethnic', 'AIND', 'Ethnicity: 3. Total Asian or Asian British'),
    ('ethnic', 'APKN', 'Ethnicity: 3. Total Asian or Asian British'),
    ('ethnic', 'ABAN', 'Ethnicity: 3. Total Asian or Asian British'),
    ('ethnic', 'AOTH', 'Ethnicity: 3. Total Asian or Asian British'),
    ('ethnic', 'CHNE', 'Ethnicity: 3. Total Asian or Asian British'),
    ('ethnic', 'BCRB', 'Ethnicity: 4. Total Black, African, Caribbean or Black British'),
    ('ethnic', 'BAFR', 'Ethnicity: 4. Total Black, African, Caribbean or Black British'),
    ('ethnic', 'BOTH', 'Ethnicity: 4. Total Black, African, Caribbean or Black British'),
    ('ethnic', 'OOTH', 'Ethnicity: 5. Total other ethnic group'),
    ('ethnic', 'REFU', 'Ethnicity: 6. Total refused or information not yet available'),
    ('ethnic', 'NOBT', 'Ethnicity: 6. Total refused or information not yet available'),
    ('cin', 'N1', 'Category of need: N1. Abuse or neglect'),
    ('cin', 'N2', 'Category of need: N2. Child''s disability'),
    ('cin', 'N3', 'Category of need: N3. Parental illness or disability'),
    ('cin', 'N4', 'Category of need: N4. Family in acute stress'),
    ('cin', 'N5', 'Category of need: N5. Family dysfunction'),
    ('cin', 'N6', 'Category of need: N6. Socially unacceptable behaviour'),
    ('cin', 'N7', 'Category of need: N7. Low income'),
    ('cin', 'N8', 'Category of need: N8. Absent parenting'),
    ('ls', 'C1', 'Legal status: Care orders'), ('ls', 'C2', 'Legal status: Care orders'),
    -- freed for adoption (D1), the placement order's predecessor, is counted with it
    ('ls', 'E1', 'Legal status: Placement order granted'), ('ls', 'D1', 'Legal status: Placement order granted'),
    ('ls', 'V2', 'Legal status: Voluntary agreements under S20 CA 1989'),
    ('ls', 'L1', 'Legal status: Detained for child protection'),
    ('ls', 'L2', 'Legal status: Detained for child protection'),
    ('ls', 'L3', 'Legal status: Detained for child protection'),
    ('ls', 'J1', 'Legal status: Youth justice legal statuses'),
    ('ls', 'J2', 'Legal status: Youth justice legal statuses'),
    ('ls', 'J3', 'Legal status: Youth justice legal statuses'),
    ('place', 'U1', 'Placement: 1. Total foster placements'), ('place', 'U2', 'Placement: 1. Total foster placements'),
    ('place', 'U3', 'Placement: 1. Total foster placements'), ('place', 'U4', 'Placement: 1. Total foster placements'),
    ('place', 'U5', 'Placement: 1. Total foster placements'), ('place', 'U6', 'Placement: 1. Total foster placements'),
    ('place', 'A3', 'Placement: 2. Total placed for adoption'), ('place', 'A4', 'Placement: 2. Total placed for adoption'),
    ('place', 'A5', 'Placement: 2. Total placed for adoption'), ('place', 'A6', 'Placement: 2. Total placed for adoption'),
    ('place', 'P1', 'Placement: 3. Total placed with parents or other person with parental responsibility'),
    ('place', 'K1', 'Placement: 4. Total secure homes and children''s homes'),
    ('place', 'K2', 'Placement: 4. Total secure homes and children''s homes'),
    ('place', 'P2', 'Placement: 5. Total independent and semi-independent living arrangements/ supported accommodation'),
    ('place', 'H5', 'Placement: 5. Total independent and semi-independent living arrangements/ supported accommodation'),
    ('place', 'R1', 'Placement: 6. Total other residential settings'),
    ('place', 'R2', 'Placement: 6. Total other residential settings'),
    ('place', 'R3', 'Placement: 6. Total other residential settings'),
    ('place', 'R5', 'Placement: 6. Total other residential settings'),
    ('place', 'S1', 'Placement: 7. Total residential schools'),
    -- temporary placements, residential employment and any other placement
    ('place', 'T0', 'Placement: 8. Total other placements'), ('place', 'T1', 'Placement: 8. Total other placements'),
    ('place', 'T2', 'Placement: 8. Total other placements'), ('place', 'T3', 'Placement: 8. Total other placements'),
    ('place', 'T4', 'Placement: 8. Total other placements'), ('place', 'P3', 'Placement: 8. Total other placements'),
    ('place', 'Z1', 'Placement: 8. Total other placements'),
    ('uasc', 'yes', 'Unaccompanied asylum-seeking children: Unaccompanied asylum-seeking children'),
    ('uasc', 'no', 'Unaccompanied asylum-seeking children: Non-unaccompanied asylum-seeking children')
), open_episode AS (
    SELECT child, arg_max(ls, seq) AS ls, arg_max(cin, seq) AS cin
    FROM episode
    WHERE decom <= getvariable('period_end') AND (dec IS NULL OR dec > getvariable('period_end'))
    GROUP BY child
), header AS (
    SELECT CHILD AS child, any_value(SEX) AS sex, any_value(ETHNIC) AS ethnic FROM stg_header GROUP BY CHILD
), asylum_seeking AS (
    -- in the UASC table and not yet past the date the status ceased (DUC, blank while it lasts)
    SELECT DISTINCT CHILD AS child FROM stg_uasc
    WHERE DUC IS NULL OR trim(DUC) = '' OR try_strptime(DUC, '%d/%m/%Y')::DATE > getvariable('period_end')
), child_code AS (
    SELECT l.child, kind, code
    FROM looked_after_on_period_end l
    JOIN open_episode o USING (child)
    LEFT JOIN header h USING (child)
    CROSS JOIN LATERAL (VALUES
        ('age', CASE WHEN l.age < 1 THEN '0' WHEN l.age <= 4 THEN '1-4' WHEN l.age <= 9 THEN '5-9'
                     WHEN l.age <= 15 THEN '10-15' WHEN l.age >= 16 THEN '16+' END),
        ('sex', h.sex), ('ethnic', h.ethnic), ('cin', o.cin), ('ls', o.ls), ('place', l.place),
        ('uasc', CASE WHEN l.child IN (SELECT child FROM asylum_seeking) THEN 'yes' ELSE 'no' END)
    ) AS characteristic(kind, code)
)
SELECT c.breakdown, count(DISTINCT k.child) AS children,
       100.0 * count(DISTINCT k.child) / nullif((SELECT count(*) FROM looked_after_on_period_end), 0) AS value,
       (SELECT count(*) FROM looked_after_on_period_end) AS cohort
FROM (SELECT DISTINCT kind, code, breakdown FROM category) c
LEFT JOIN child_code k ON k.kind = c.kind AND k.code = c.code
GROUP BY c.breakdown
ORDER BY c.breakdown
