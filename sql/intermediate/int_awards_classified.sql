-- int_awards_classified: each award with its Satyalancana Karya Satya class (UU 20/2009, PP 35/2010;
-- domain.md §9): the award name, as code_key, matched against each class's `name_pattern` in
-- ref_satyalancana_class (`Satyalancana Karya Satya XX Tahun`, `Satya Lencana Karya Satya 20 Tahun`,
-- `SLKS X`). NULL class for every other award (Pegawai Teladan, piagam).
-- Grain: one row per employee per award name per year. Key: (nip, award_name, year).
with

awards as (
    select * from stg_simpeg__awards
),

classes as (
    select * from ref_satyalancana_class
),

names as (
    -- A handful of distinct names: each pattern is matched once per name, not once per award.
    select distinct code_key(award_name) as name_key from awards
),

name_classes as (
    select names.name_key, classes.award_class, classes.min_service_years,
    from names
    left join classes on regexp_matches(names.name_key, classes.name_pattern)
    qualify row_number() over (
        partition by names.name_key order by classes.min_service_years desc nulls last
    ) = 1
),

classified as (
    select
        awards.*,
        name_classes.award_class,
        name_classes.min_service_years,
    from awards
    left join name_classes on name_classes.name_key = code_key(awards.award_name)
)

select * from classified
