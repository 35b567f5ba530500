-- agg_change_readiness_components: the components of the resistance-to-change index per agency and year
-- (the project's own derivation from the indicators of domain.md §10 — not a regulation), each with its
-- numerator, denominator, value and its z-score against the city.
-- Grain: one row per agency per year per component (ref_change_readiness_weights).
-- Key: (year, agency_code, component).
-- value = numerator ÷ denominator, except for the two change components, where value = numerator ÷
-- denominator − baseline_numerator ÷ baseline_denominator (after − before a system change; this year −
-- last year for the share below 20 JP). z = (value − city mean) ÷ city standard deviation (population)
-- over the agencies of that year with at least `small_cell_minimum` employees, times the weight's
-- direction; smaller agencies get no z. Employees are only counted, never labelled.
-- The feedback-loop components (no_development_plan, plans_not_followed) come from the whole-year rows
-- of agg_feedback_coverage_agency_period (agency of the appraisal).
with

employee_years as (
    select * from int_employee_years_active
),

appraisals as (
    select * from fct_appraisals
),

dialogues as (
    select * from stg_ekinerja__performance_dialogues
),

training as (
    select * from agg_training_employee_year
),

agency_days as (
    select * from int_attendance_agency_days_aggregated
),

distributions as (
    select * from int_predikat_distributions_checked
),

coverage as (
    select * from agg_feedback_coverage_agency_period
),

changes as (
    select * from ref_system_change
),

weights as (
    select * from ref_change_readiness_weights
),

parameters as (
    select * from int_parameters_pivoted
),

agency_years as (
    select agency_code, year, cast(count(distinct nip) as integer) as n_employees
    from employee_years
    where agency_code is not null
    group by agency_code, year
),

annual as (
    select * from appraisals where is_annual
),

skp_years as (
    select distinct year from annual
),

skp as (
    -- Expected an annual SKP: missing, or submitted after the deadline (domain.md §10 indicators 1–2).
    select
        employee_years.agency_code,
        employee_years.year,
        'skp_late_or_missing' as component,
        count(*) filter (where annual.nip is null or annual.submitted_late) as numerator,
        count(*) as denominator,
    from employee_years
    join skp_years on skp_years.year = employee_years.year
    left join annual on annual.nip = employee_years.nip and annual.year = employee_years.year
    where employee_years.expected_skp
    group by employee_years.agency_code, employee_years.year
),

dialogue_people as (
    select distinct nip, year from dialogues
),

feedback_people as (
    select nip, year, max(feedback_count) as feedback_count
    from appraisals
    group by nip, year
),

dialogue_years as (
    select year from dialogues
    union
    select year from appraisals where feedback_count is not null
),

no_dialogue as (
    select
        employee_years.agency_code,
        employee_years.year,
        'no_dialogue' as component,
        count(*) filter (
            where dialogue_people.nip is null and coalesce(feedback_people.feedback_count, 0) = 0
        ) as numerator,
        count(*) as denominator,
    from employee_years
    join dialogue_years on dialogue_years.year = employee_years.year
    left join dialogue_people
        on dialogue_people.nip = employee_years.nip and dialogue_people.year = employee_years.year
    left join feedback_people
        on feedback_people.nip = employee_years.nip and feedback_people.year = employee_years.year
    where employee_years.expected_skp
    group by employee_years.agency_code, employee_years.year
),

below_jp as (
    select
        agency_code,
        year,
        count(*) filter (where not meets_20_jp) as numerator,
        count(*) as denominator,
    from training
    where agency_code is not null
    group by agency_code, year
),

below_jp_trend as (
    select
        current_year.agency_code,
        current_year.year,
        'below_20jp_trend' as component,
        current_year.numerator,
        current_year.denominator,
        previous_year.numerator as baseline_numerator,
        previous_year.denominator as baseline_denominator,
    from below_jp as current_year
    join below_jp as previous_year
        on previous_year.agency_code = current_year.agency_code
        and previous_year.year = current_year.year - 1
),

agency_changes as (
    -- The latest system change in force by the end of the year: the agency's own, else the city's.
    select
        agency_years.agency_code,
        agency_years.year,
        changes.change_date,
    from agency_years
    join changes
        on changes.agency_code in (agency_years.agency_code, 'ALL')
        and changes.change_date <= make_date(agency_years.year, 12, 31)
    qualify row_number() over (
        partition by agency_years.agency_code, agency_years.year
        order by changes.change_date desc, changes.agency_code = 'ALL'
    ) = 1
),

attendance_change as (
    select
        agency_changes.agency_code,
        agency_changes.year,
        'attendance_after_change' as component,
        sum(agency_days.lapse_days) filter (where agency_days.work_date >= agency_changes.change_date)
            as numerator,
        sum(agency_days.recorded_days) filter (where agency_days.work_date >= agency_changes.change_date)
            as denominator,
        sum(agency_days.lapse_days) filter (where agency_days.work_date < agency_changes.change_date)
            as baseline_numerator,
        sum(agency_days.recorded_days) filter (where agency_days.work_date < agency_changes.change_date)
            as baseline_denominator,
        cast(agency_changes.change_date as varchar) as detail,
    from agency_changes
    cross join parameters
    join agency_days
        on agency_days.agency_code = agency_changes.agency_code
        and agency_days.work_date <= make_date(agency_changes.year, 12, 31)
        -- Before: the window ahead of the change; after: the days of this year from the change on.
        and (
            agency_days.work_date >= agency_changes.change_date - parameters.system_change_window_days
                and agency_days.work_date < agency_changes.change_date
            or agency_days.work_date >= agency_changes.change_date
                and year(agency_days.work_date) = agency_changes.year
        )
    group by agency_changes.agency_code, agency_changes.year, agency_changes.change_date
),

behaviour as (
    select
        agency_code,
        year,
        'behaviour_below' as component,
        count(*) filter (where rating_perilaku = 'DI_BAWAH') as numerator,
        count(*) as denominator,
    from annual
    where rating_perilaku is not null and agency_code is not null
    group by agency_code, year
),

inflation as (
    select
        agency_code,
        year,
        'distribution_inflation' as component,
        curve_rules_broken as numerator,
        curve_rules_checked as denominator,
        curve_org_predikat || case when org_predikat is null then ' (assumed)' else '' end
            as detail,
    from distributions
    where agency_code <> 'ALL' and curve_rules_checked > 0
),

no_plan as (
    select
        agency_code,
        year,
        'no_development_plan' as component,
        n_appraised - n_with_plan as numerator,
        n_appraised as denominator,
    from coverage
    where period = 'TAHUNAN' and agency_code <> 'ALL'
),

plans_not_followed as (
    select
        agency_code,
        year,
        'plans_not_followed' as component,
        n_plans_resolved - n_plans_followed as numerator,
        n_plans_resolved as denominator,
    from coverage
    where period = 'TAHUNAN' and agency_code <> 'ALL' and n_plans_resolved > 0
),

measured as (
    select agency_code, year, component, numerator, denominator,
        null as baseline_numerator, null as baseline_denominator, null as detail
    from skp
    union all by name
    select agency_code, year, component, numerator, denominator from no_dialogue
    union all by name
    select agency_code, year, 'below_20jp' as component, numerator, denominator from below_jp
    union all by name
    select * from below_jp_trend
    union all by name
    select * from attendance_change
    union all by name
    select * from behaviour
    union all by name
    select * from inflation
    union all by name
    select * from no_plan
    union all by name
    select * from plans_not_followed
),

valued as (
    select
        agency_years.year,
        agency_years.agency_code,
        agency_years.n_employees,
        weights.component,
        weights.weight,
        weights.direction,
        cast(measured.numerator as integer) as numerator,
        cast(measured.denominator as integer) as denominator,
        cast(measured.baseline_numerator as integer) as baseline_numerator,
        cast(measured.baseline_denominator as integer) as baseline_denominator,
        case
            when measured.denominator is null or measured.denominator = 0 then null
            when measured.component in ('below_20jp_trend', 'attendance_after_change') then
                case when measured.baseline_denominator > 0 then
                    measured.numerator / measured.denominator
                    - measured.baseline_numerator / measured.baseline_denominator
                end
            else measured.numerator / measured.denominator
        end as value,
        measured.detail,
        agency_years.n_employees >= parameters.small_cell_minimum as eligible,
    from agency_years
    cross join weights
    cross join parameters
    left join measured
        on measured.agency_code = agency_years.agency_code
        and measured.year = agency_years.year
        and measured.component = weights.component
),

city as (
    select
        year,
        component,
        avg(value) as city_mean,
        stddev_pop(value) as city_sd,
        cast(count(value) as integer) as n_agencies,
    from valued
    where eligible and value is not null
    group by year, component
),

standardised as (
    select
        valued.* exclude (eligible, detail),
        city.city_mean,
        city.city_sd,
        case when valued.eligible and valued.value is not null then
            case
                when city.city_sd > 0 then (valued.value - city.city_mean) / city.city_sd
                else 0
            end
            * case when valued.direction = 'lower_is_worse' then -1 else 1 end
        end as z,
        valued.detail,
    from valued
    left join city on city.year = valued.year and city.component = valued.component
)

select * from standardised
