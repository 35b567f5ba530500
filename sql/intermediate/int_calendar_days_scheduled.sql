-- int_calendar_days_scheduled: every date from 1 January of the first year to 31 December of the last
-- year that the holidays list or the attendance data cover, with its working-day status and schedule.
-- Grain: one row per date. Key: day.
-- Working days are Monday–Friday minus national holidays and cuti bersama (Perpres 21/2023 Pasal 3;
-- data/reference/holidays.csv, SKB 3 Menteri); Ramadan hours from ref_ramadan (domain.md §3).
-- workday_seq counts working days up to and including the date, so the working days between two dates
-- are a subtraction, and runs of consecutive working days (PP 94/2021) are gaps-and-islands on it.
with

holidays as (
    select * from ref_holiday
),

attendance as (
    -- Only the date range of the 3 M-row recap is needed; reading it here spares a staging copy.
    select tanggal as work_date from raw_attendance
),

punches as (
    select * from stg_mesin__punches
),

ramadan as (
    select * from ref_ramadan
),

schedules as (
    select * from ref_work_schedule
),

parameters as (
    select * from int_parameters_pivoted
),

edges as (
    select min(date) as first_day, max(date) as last_day from holidays
    union all
    select min(work_date), max(work_date) from attendance
    union all
    select cast(min(punched_at) as date), cast(max(punched_at) as date) from punches
),

bounds as (
    select
        min(first_day) as first_day,
        max(last_day) as last_day,
    from edges
),

days as (
    select cast(unnest(generate_series(
        make_date(year(first_day), 1, 1),
        make_date(year(last_day), 12, 31),
        interval 1 day
    )) as date) as day
    from bounds
    where first_day is not null
),

holiday_days as (
    select
        date as day,
        string_agg(name, '; ' order by name) as holiday_name,
        -- A date that is both a national holiday and cuti bersama counts as the holiday.
        min(kind) as holiday_kind,
    from holidays
    group by date
),

flagged as (
    select
        days.day,
        cast(year(days.day) as integer) as year,
        cast(month(days.day) as integer) as month,
        cast(isodow(days.day) as integer) as isodow,
        isodow(days.day) >= 6 as is_weekend,
        holiday_days.holiday_name,
        holiday_days.holiday_kind,
        isodow(days.day) <= 5 and holiday_days.day is null as is_workday,
        ramadan.year is not null as is_ramadan,
    from days
    left join holiday_days on holiday_days.day = days.day
    -- Ramadan periods never overlap, so the join adds no rows.
    left join ramadan on days.day between ramadan.first_day and ramadan.last_day
),

scheduled as (
    select
        flagged.*,
        case when flagged.is_workday then schedules.schedule end as schedule,
        case when flagged.is_workday then schedules.start_time end as start_time,
        case when flagged.is_workday then schedules.end_time end as end_time,
        case
            when not flagged.is_workday then 0
            when flagged.is_ramadan then parameters.ramadan_workday_minutes
            else parameters.workday_minutes
        end as scheduled_minutes,
        cast(sum(case when flagged.is_workday then 1 else 0 end) over (order by flagged.day) as integer)
            as workday_seq,
    from flagged
    cross join parameters
    left join schedules
        on schedules.isodow = flagged.isodow
        and schedules.ramadan = flagged.is_ramadan
        and flagged.day between schedules.valid_from
            and coalesce(try_cast(schedules.valid_to as date), date '9999-12-31')
)

select * from scheduled
