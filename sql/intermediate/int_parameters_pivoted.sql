-- int_parameters_pivoted: the parameters seed (sql/seeds/ref_parameters.csv) as one typed row.
-- Grain: exactly one row. Key: none. Legal basis and provisional status live on each seed row.
-- When a parameter has several rows, the one with the latest valid_from is the one in force.
with

parameters as (
    select * from ref_parameters
),

in_force as (
    select parameter, value
    from parameters
    qualify row_number() over (
        partition by parameter order by valid_from desc nulls last
    ) = 1
),

pivoted as (
    select
        cast(max(value) filter (where parameter = 'jp_minimum_per_year') as double) as jp_minimum_per_year,
        cast(max(value) filter (where parameter = 'minutes_per_jp') as double) as minutes_per_jp,
        cast(max(value) filter (where parameter = 'small_cell_minimum') as integer) as small_cell_minimum,
        cast(max(value) filter (where parameter = 'workday_minutes') as integer) as workday_minutes,
        cast(max(value) filter (where parameter = 'ramadan_workday_minutes') as integer)
            as ramadan_workday_minutes,
        cast(max(value) filter (where parameter = 'tl_psw_minutes_per_day') as double)
            as tl_psw_minutes_per_day,
        cast(max(value) filter (where parameter = 'pp94_count_tl_psw') as boolean) as pp94_count_tl_psw,
        to_seconds(epoch(cast(max(value) filter (where parameter = 'day_boundary') as time)))
            as day_boundary,
        cast(max(value) filter (where parameter = 'punch_min_span_minutes') as double)
            as punch_min_span_minutes,
        max(value) filter (where parameter = 'skp_annual_deadline') as skp_annual_deadline,
        cast(max(value) filter (where parameter = 'skp_min_service_months') as integer)
            as skp_min_service_months,
        cast(max(value) filter (where parameter = 'pp46_weight_skp') as double) as pp46_weight_skp,
        cast(max(value) filter (where parameter = 'pp30_weight_skp') as double) as pp30_weight_skp,
        cast(max(value) filter (where parameter = 'system_change_window_days') as integer)
            as system_change_window_days,
        max(value) filter (where parameter = 'curve_default_org_predikat') as curve_default_org_predikat,
    from in_force
)

select * from pivoted
