-- int_employee_years_active: the employee-year spine. An employee is active in a year when a roster
-- snapshot of that year lists them or any export records activity (attendance, punches, appraisal,
-- training, dialogue) in it. Their agency that year is the roster snapshot valid on 31 December
-- (the last one before it for someone who left during the year), else the export's unit kerja.
-- Grain: one row per employee per year. Key: (nip, year).
-- expected_skp: on the year-end roster and appointed at least `skp_min_service_months` before
-- 31 December (project rule, provisional) — the denominator of the SKP components (domain.md §10).
with

roster as (
    select * from int_roster_snapshots_ranged
),

appraisals as (
    select * from stg_ekinerja__appraisals
),

attendance_years as (
    select * from int_attendance_years_aggregated
),

trainings as (
    select * from stg_diklat__trainings
),

dialogues as (
    select * from stg_ekinerja__performance_dialogues
),

employees as (
    select * from int_employees_identified
),

parameters as (
    select * from int_parameters_pivoted
),

activity as (
    select nip, cast(year(as_of) as integer) as year, null as agency_code, 9 as priority from roster
    union all
    select nip, year, agency_code, 1 from appraisals
    union all
    select nip, year, agency_code_last, 2 from attendance_years
    union all
    select nip, year, null, 3 from trainings where year is not null
    union all
    select nip, year, null, 3 from dialogues
),

employee_years as (
    select
        nip,
        year,
        arg_min(agency_code, priority) filter (where agency_code is not null) as export_agency_code,
    from activity
    group by nip, year
),

year_end_snapshots as (
    -- The last roster snapshot taken in each year; who is on it is on the year-end roster.
    select cast(year(as_of) as integer) as year, max(as_of) as as_of
    from roster
    group by year(as_of)
),

assigned as (
    select
        employee_years.nip,
        employee_years.year,
        coalesce(roster.agency_code, employee_years.export_agency_code, employees.fallback_agency_code)
            as agency_code,
        case
            when roster.agency_code is not null then 'roster'
            when employee_years.export_agency_code is not null then 'export'
            when employees.fallback_agency_code is not null then 'fallback'
        end as agency_source,
        roster.as_of = year_end_snapshots.as_of as on_year_end_roster,
        coalesce(roster.tmt_cpns, roster.nip_appointment) as appointed_on,
        roster.position_level,
    from employee_years
    left join employees on employees.nip = employee_years.nip
    left join roster
        on roster.nip = employee_years.nip
        and make_date(employee_years.year, 12, 31) between roster.valid_from and roster.valid_to
    left join year_end_snapshots on year_end_snapshots.year = employee_years.year
),

flagged as (
    select
        assigned.* exclude (on_year_end_roster),
        coalesce(assigned.on_year_end_roster, false) as on_year_end_roster,
        coalesce(assigned.on_year_end_roster, false)
            and coalesce(
                assigned.appointed_on
                    <= make_date(assigned.year, 12, 31) - to_months(parameters.skp_min_service_months),
                true
            ) as expected_skp,
    from assigned
    cross join parameters
)

select * from flagged
