-- agg_training_targets: the training planner's list — active employees below the 20 JP minimum in the
-- latest training year who have at least one competency below the required level, with the competency to
-- train first (largest gap; ties: lowest assessed level, then code) and a rank (largest gap first, then
-- lowest JPM, then fewest JP). PP 11/2017 Pasal 203(4) and Pasal 206 (needs from competency and
-- performance gap analysis; domain.md §4).
-- Grain: one row per employee. Key: nip.
with

gaps as (
    select * from agg_competency_gap
),

training as (
    select * from agg_training_employee_year
),

employees as (
    select * from dim_employees
),

agencies as (
    select * from ref_agency
),

parameters as (
    select * from int_parameters_pivoted
),

latest_year as (
    select max(year) as year from training
),

below_minimum as (
    select training.*
    from training
    join latest_year on latest_year.year = training.year
    where not training.meets_20_jp
),

employee_gaps as (
    select
        nip,
        cast(count(*) as integer) as n_gaps,
        cast(sum(gap) as integer) as total_gap,
    from gaps
    where gap > 0
    group by nip
),

first_competency as (
    select *
    from gaps
    where gap > 0
    qualify row_number() over (
        partition by nip order by gap desc, level_assessed, competency_code
    ) = 1
),

joined as (
    select
        below_minimum.year,
        below_minimum.nip,
        coalesce(employees.agency_code, below_minimum.agency_code) as agency_code,
        below_minimum.jp_total,
        greatest(0, parameters.jp_minimum_per_year - below_minimum.jp_total) as jp_shortfall,
        first_competency.competency_code,
        first_competency.competency_name,
        first_competency.competency_type,
        first_competency.level_required,
        first_competency.level_assessed,
        first_competency.gap,
        employee_gaps.n_gaps,
        employee_gaps.total_gap,
        first_competency.jpm_pct,
        first_competency.jpm_category,
    from below_minimum
    cross join parameters
    join first_competency on first_competency.nip = below_minimum.nip
    join employee_gaps on employee_gaps.nip = below_minimum.nip
    left join employees on employees.nip = below_minimum.nip
    where coalesce(employees.is_active, true)
),

ranked as (
    select
        cast(row_number() over (
            order by gap desc, total_gap desc, jpm_pct nulls last, jp_total, nip
        ) as integer) as rank,
        cast(row_number() over (
            partition by agency_code order by gap desc, total_gap desc, jpm_pct nulls last, jp_total, nip
        ) as integer) as agency_rank,
        joined.*,
    from joined
),

final as (
    select
        ranked.rank,
        ranked.agency_rank,
        ranked.year,
        ranked.nip,
        ranked.agency_code,
        agencies.name as agency_name,
        ranked.* exclude (rank, agency_rank, year, nip, agency_code),
    from ranked
    left join agencies on agencies.code = ranked.agency_code
)

select * from final
