-- agg_competency_jpm_employee: the Job Person Match of each assessed employee (domain.md §4), one row per
-- employee, taken from agg_competency_gap.
-- Grain: one row per assessed employee. Key: nip.
with

gaps as (
    select * from agg_competency_gap
),

final as (
    select
        nip,
        any_value(agency_code) as agency_code,
        any_value(jpm_pct) as jpm_pct,
        any_value(jpm_category) as jpm_category,
        any_value(jpm_category_label) as jpm_category_label,
        cast(count(*) filter (where level_required is not null) as integer)
            as n_competencies_with_standard,
        cast(count(*) filter (where below_standard) as integer) as n_below_standard,
        cast(coalesce(sum(gap) filter (where gap > 0), 0) as integer) as total_gap,
        max(assessed_date) as last_assessed_date,
    from gaps
    group by nip
)

select * from final
