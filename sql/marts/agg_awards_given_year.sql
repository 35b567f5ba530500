-- agg_awards_given_year: awards given per year and kind, city-wide (riwayat penghargaan; domain.md §9),
-- aggregates only — the annual report's "awards given". Satyalancana Karya Satya by class
-- (int_awards_classified); every other award by its name as code_key, labelled with its most common
-- spelling.
-- Grain: one row per year per award type. Key: (year, award_type).
with

awards as (
    select * from int_awards_classified
),

classes as (
    select * from ref_satyalancana_class
),

typed as (
    select
        awards.*,
        coalesce(awards.award_class, code_key(awards.award_name)) as award_type,
    from awards
),

counted as (
    select
        typed.year,
        typed.award_type,
        any_value(typed.award_class) as award_class,
        mode(typed.award_name) as award_name,
        count(*) as n_awards,
        count(distinct typed.nip) as n_employees,
    from typed
    group by typed.year, typed.award_type
),

final as (
    select
        counted.year,
        counted.award_type,
        counted.award_class,
        coalesce(classes.label_id, counted.award_name) as award_label_id,
        coalesce(classes.label_en, counted.award_name) as award_label_en,
        cast(counted.n_awards as integer) as n_awards,
        cast(counted.n_employees as integer) as n_employees,
    from counted
    left join classes on classes.award_class = counted.award_class
)

select * from final
