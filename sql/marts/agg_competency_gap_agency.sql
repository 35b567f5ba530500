-- agg_competency_gap_agency: per agency and competency, how many employees were assessed, the mean gap
-- and the share below the required level, plus city-wide rows (agency_code 'ALL'). Agency: the
-- employee's current agency. small_cell: fewer than `small_cell_minimum` assessed — suppress when
-- publishing (domain.md "ETL validation rules").
-- Grain: one row per agency per competency. Key: (agency_code, competency_code).
with

gaps as (
    select * from agg_competency_gap
),

agencies as (
    select * from ref_agency
),

parameters as (
    select * from int_parameters_pivoted
),

grouped as (
    select
        case when grouping(agency_code) = 1 then 'ALL' else agency_code end as agency_code,
        competency_code,
        any_value(competency_name) as competency_name,
        any_value(competency_type) as competency_type,
        cast(count(*) as integer) as n_assessed,
        cast(count(gap) as integer) as n_with_standard,
        round(avg(gap), 2) as mean_gap,
        cast(count(*) filter (where below_standard) as integer) as n_below_standard,
    from gaps
    group by grouping sets ((agency_code, competency_code), (competency_code))
),

final as (
    select
        grouped.agency_code,
        case
            when grouped.agency_code = 'ALL' then 'Kota Bukittinggi'
            else agencies.name
        end as agency_name,
        grouped.competency_code,
        grouped.competency_name,
        grouped.competency_type,
        grouped.n_assessed,
        grouped.n_with_standard,
        grouped.mean_gap,
        grouped.n_below_standard,
        case when grouped.n_with_standard > 0 then
            grouped.n_below_standard / grouped.n_with_standard
        end as share_below_standard,
        grouped.n_assessed < parameters.small_cell_minimum as small_cell,
    from grouped
    cross join parameters
    left join agencies on agencies.code = grouped.agency_code
)

select * from final
