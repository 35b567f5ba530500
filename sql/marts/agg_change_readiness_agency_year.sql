-- agg_change_readiness_agency_year: the resistance-to-change index per agency and year — the
-- project's own derivation from the indicators of domain.md §10, not a regulation; never computed
-- per individual.
-- Grain: one row per agency per year. Key: (year, agency_code).
-- Each component (agg_change_readiness_components) has its numerator, denominator, value and z-score
-- against the city: late or missing SKP, no performance dialogue, share below 20 JP and its change on the
-- previous year, discipline lapses after vs before a system change (ref_system_change), share of
-- behaviour rated Di Bawah Ekspektasi, the share of SE MenPANRB 3/2023 curve rules broken, and the
-- feedback loop: appraised employees without a development plan, plans not followed by training.
-- resistance_index = Σ weight × z ÷ Σ weight over the components that have a z (weights and directions:
-- ref_change_readiness_weights); higher = more resistant than the city. Agencies below
-- `small_cell_minimum` employees get no z and no index (small_cell = true). index_rank: 1 = highest index.
with

components as (
    select * from agg_change_readiness_components
),

agencies as (
    select * from ref_agency
),

parameters as (
    select * from int_parameters_pivoted
),

pivoted as (
    select
        year,
        agency_code,
        any_value(n_employees) as n_employees,
        any_value(numerator) filter (where component = 'skp_late_or_missing')
            as skp_late_or_missing_numerator,
        any_value(denominator) filter (where component = 'skp_late_or_missing')
            as skp_late_or_missing_denominator,
        any_value(value) filter (where component = 'skp_late_or_missing')
            as skp_late_or_missing_value,
        any_value(z) filter (where component = 'skp_late_or_missing') as skp_late_or_missing_z,
        any_value(numerator) filter (where component = 'no_dialogue') as no_dialogue_numerator,
        any_value(denominator) filter (where component = 'no_dialogue') as no_dialogue_denominator,
        any_value(value) filter (where component = 'no_dialogue') as no_dialogue_value,
        any_value(z) filter (where component = 'no_dialogue') as no_dialogue_z,
        any_value(numerator) filter (where component = 'below_20jp') as below_20jp_numerator,
        any_value(denominator) filter (where component = 'below_20jp') as below_20jp_denominator,
        any_value(value) filter (where component = 'below_20jp') as below_20jp_value,
        any_value(z) filter (where component = 'below_20jp') as below_20jp_z,
        any_value(numerator) filter (where component = 'below_20jp_trend')
            as below_20jp_trend_numerator,
        any_value(denominator) filter (where component = 'below_20jp_trend')
            as below_20jp_trend_denominator,
        any_value(baseline_numerator) filter (where component = 'below_20jp_trend')
            as below_20jp_trend_baseline_numerator,
        any_value(baseline_denominator) filter (where component = 'below_20jp_trend')
            as below_20jp_trend_baseline_denominator,
        any_value(value) filter (where component = 'below_20jp_trend') as below_20jp_trend_value,
        any_value(z) filter (where component = 'below_20jp_trend') as below_20jp_trend_z,
        any_value(numerator) filter (where component = 'attendance_after_change')
            as attendance_after_change_numerator,
        any_value(denominator) filter (where component = 'attendance_after_change')
            as attendance_after_change_denominator,
        any_value(baseline_numerator) filter (where component = 'attendance_after_change')
            as attendance_after_change_baseline_numerator,
        any_value(baseline_denominator) filter (where component = 'attendance_after_change')
            as attendance_after_change_baseline_denominator,
        any_value(value) filter (where component = 'attendance_after_change')
            as attendance_after_change_value,
        any_value(z) filter (where component = 'attendance_after_change')
            as attendance_after_change_z,
        any_value(numerator) filter (where component = 'behaviour_below')
            as behaviour_below_numerator,
        any_value(denominator) filter (where component = 'behaviour_below')
            as behaviour_below_denominator,
        any_value(value) filter (where component = 'behaviour_below') as behaviour_below_value,
        any_value(z) filter (where component = 'behaviour_below') as behaviour_below_z,
        any_value(numerator) filter (where component = 'distribution_inflation')
            as distribution_inflation_numerator,
        any_value(denominator) filter (where component = 'distribution_inflation')
            as distribution_inflation_denominator,
        any_value(value) filter (where component = 'distribution_inflation')
            as distribution_inflation_value,
        any_value(z) filter (where component = 'distribution_inflation')
            as distribution_inflation_z,
        any_value(numerator) filter (where component = 'no_development_plan')
            as no_development_plan_numerator,
        any_value(denominator) filter (where component = 'no_development_plan')
            as no_development_plan_denominator,
        any_value(value) filter (where component = 'no_development_plan')
            as no_development_plan_value,
        any_value(z) filter (where component = 'no_development_plan') as no_development_plan_z,
        any_value(numerator) filter (where component = 'plans_not_followed')
            as plans_not_followed_numerator,
        any_value(denominator) filter (where component = 'plans_not_followed')
            as plans_not_followed_denominator,
        any_value(value) filter (where component = 'plans_not_followed') as plans_not_followed_value,
        any_value(z) filter (where component = 'plans_not_followed') as plans_not_followed_z,
        try_cast(any_value(detail) filter (where component = 'attendance_after_change') as date)
            as system_change_date,
        any_value(detail) filter (where component = 'distribution_inflation')
            as inflation_org_predikat,
        cast(count(z) as integer) as n_components,
        sum(weight * z) filter (where z is not null) / sum(weight) filter (where z is not null)
            as resistance_index,
    from components
    group by year, agency_code
),

final as (
    select
        pivoted.year,
        pivoted.agency_code,
        agencies.name as agency_name,
        pivoted.n_employees,
        pivoted.n_employees < parameters.small_cell_minimum as small_cell,
        pivoted.* exclude (year, agency_code, n_employees),
        case when pivoted.resistance_index is not null then
            cast(rank() over (
                partition by pivoted.year, pivoted.resistance_index is null
                order by pivoted.resistance_index desc
            ) as integer)
        end as index_rank,
    from pivoted
    cross join parameters
    left join agencies on agencies.code = pivoted.agency_code
)

select * from final
