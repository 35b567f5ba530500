-- int_attendance_agency_days_aggregated: recorded working days per agency and date, and how many of them
-- show a discipline lapse (late, early leave or unexcused absence), for before/after comparisons around
-- a system change (domain.md §10 indicator 3). Aggregated before any window is applied, so the 3.4 M
-- attendance days are read once.
-- Grain: one row per agency per working day. Key: (agency_code, work_date).
-- The agency of a day is the employee's agency for that year (int_employee_years_active).
with

days as (
    select * from int_attendance_days_unified
),

employee_years as (
    select * from int_employee_years_active
),

lapses as (
    select
        employee_years.agency_code,
        days.work_date,
        cast(count(*) as integer) as recorded_days,
        cast(count(*) filter (
            where days.is_unexcused or days.late_minutes > 0 or days.early_leave_minutes > 0
        ) as integer) as lapse_days,
    from days
    join employee_years
        on cast(employee_years.nip as bigint) = days.nip_number
        and employee_years.year = days.year
    where days.is_workday and employee_years.agency_code is not null
    group by employee_years.agency_code, days.work_date
)

select * from lapses
