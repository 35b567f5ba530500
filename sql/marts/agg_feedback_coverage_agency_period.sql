-- agg_feedback_coverage_agency_period: does the performance-management loop close? Per agency, year
-- and period: appraised employees with a recorded dialog kinerja, with a development plan, and plans
-- followed by a course in the competency they name within 12 months (PermenPANRB 6/2022 stages 2–4;
-- domain.md §1). Only years with dialogue records; a city-wide row per year and period
-- (agency_code = 'ALL'); appraisals without an agency sit in a row with agency_code NULL.
-- Grain: one row per agency per year per period ('TAHUNAN' = the whole year, 'TW1'…'TW4').
-- Key: (year, period, agency_code).
-- n_appraised: employees with an annual appraisal that year (agency of the appraisal); every count is
-- of them. n_with_dialogue: at least one dialogue recorded in the period — for the year, also the
-- export's own "jumlah umpan balik" (fct_appraisals.feedback_count > 0). A plan = one competency an
-- employee's plans name in the period, dated at the first dialogue naming it; it is resolved when its
-- 12-month window has ended within the training data (int_performance_dialogues_followed), and
-- share_plans_followed = followed ÷ resolved (pending plans are counted apart, never as failures).
-- small_cell: n_appraised under `small_cell_minimum` (suppress when published).
with

appraisals as (
    select * from fct_appraisals
),

dialogues as (
    select * from int_performance_dialogues_followed
),

agencies as (
    select * from ref_agency
),

parameters as (
    select * from int_parameters_pivoted
),

periods as (
    select unnest(['TAHUNAN', 'TW1', 'TW2', 'TW3', 'TW4']) as period
),

dialogue_years as (
    select distinct year from dialogues
),

appraised as (
    select nip, year, agency_code, coalesce(feedback_count, 0) as feedback_count,
    from appraisals
    where is_annual
),

population as (
    select appraised.*, periods.period,
    from appraised
    join dialogue_years on dialogue_years.year = appraised.year
    cross join periods
),

dialogue_periods as (
    -- A dialogue counts in its quarter and in its year.
    select dialogues.*, scope.period as in_period,
    from dialogues
    cross join unnest([dialogues.period, 'TAHUNAN']) as scope(period)
),

employee_periods as (
    select
        population.year,
        population.period,
        population.agency_code,
        population.nip,
        count(dialogue_periods.nip) > 0
            or (population.period = 'TAHUNAN' and any_value(population.feedback_count) > 0)
            as with_dialogue,
        coalesce(bool_or(dialogue_periods.has_development_plan), false) as with_plan,
    from population
    left join dialogue_periods
        on dialogue_periods.nip = population.nip
        and dialogue_periods.year = population.year
        and dialogue_periods.in_period = population.period
    group by population.year, population.period, population.agency_code, population.nip
),

plans as (
    select
        population.year,
        population.period,
        population.agency_code,
        dialogue_periods.nip,
        dialogue_periods.plan_competency_code,
        arg_min(dialogue_periods.followed, dialogue_periods.dialogue_date) as followed,
        arg_min(dialogue_periods.window_closed, dialogue_periods.dialogue_date) as window_closed,
    from dialogue_periods
    join population
        on population.nip = dialogue_periods.nip
        and population.year = dialogue_periods.year
        and population.period = dialogue_periods.in_period
    where dialogue_periods.plan_names_competency
    group by all
),

employee_counts as (
    select
        scope.agency_code,
        employee_periods.year,
        employee_periods.period,
        count(*) as n_appraised,
        count(*) filter (where employee_periods.with_dialogue) as n_with_dialogue,
        count(*) filter (where employee_periods.with_plan) as n_with_plan,
    from employee_periods
    cross join unnest([employee_periods.agency_code, 'ALL']) as scope(agency_code)
    group by all
),

plan_counts as (
    select
        scope.agency_code,
        plans.year,
        plans.period,
        count(*) as n_plans_named,
        count(*) filter (where plans.window_closed) as n_plans_resolved,
        count(*) filter (where plans.window_closed and plans.followed) as n_plans_followed,
        count(*) filter (where not plans.window_closed) as n_plans_pending,
    from plans
    cross join unnest([plans.agency_code, 'ALL']) as scope(agency_code)
    group by all
),

final as (
    select
        employee_counts.year,
        employee_counts.period,
        employee_counts.agency_code,
        case when employee_counts.agency_code = 'ALL' then 'Kota Bukittinggi' else agencies.name end
            as agency_name,
        cast(employee_counts.n_appraised as integer) as n_appraised,
        cast(employee_counts.n_with_dialogue as integer) as n_with_dialogue,
        employee_counts.n_with_dialogue / employee_counts.n_appraised as share_dialogue,
        cast(employee_counts.n_with_plan as integer) as n_with_plan,
        employee_counts.n_with_plan / employee_counts.n_appraised as share_plan,
        cast(coalesce(plan_counts.n_plans_named, 0) as integer) as n_plans_named,
        cast(coalesce(plan_counts.n_plans_resolved, 0) as integer) as n_plans_resolved,
        cast(coalesce(plan_counts.n_plans_followed, 0) as integer) as n_plans_followed,
        case when plan_counts.n_plans_resolved > 0 then
            plan_counts.n_plans_followed / plan_counts.n_plans_resolved
        end as share_plans_followed,
        cast(coalesce(plan_counts.n_plans_pending, 0) as integer) as n_plans_pending,
        employee_counts.n_appraised < parameters.small_cell_minimum as small_cell,
    from employee_counts
    cross join parameters
    left join plan_counts
        on plan_counts.agency_code is not distinct from employee_counts.agency_code
        and plan_counts.year = employee_counts.year
        and plan_counts.period = employee_counts.period
    left join agencies on agencies.code = employee_counts.agency_code
)

select * from final
