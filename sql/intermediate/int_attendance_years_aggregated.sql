-- int_attendance_years_aggregated: attendance days summed per employee and calendar year, the input of
-- the discipline mart and of the employee-year spine.
-- Grain: one row per employee per year with any attendance record. Key: (nip, year).
-- workdays: Monday–Friday minus holidays and cuti bersama (Perpres 21/2023; holidays.csv) between the
-- employee's first and last recorded day of the year. Runs of consecutive unexcused working days feed
-- the PP 94/2021 10-consecutive-days rule (domain.md §3); a run is counted in the year it ends.
-- Deduction percentages follow the TL/PSW bands of ref_tpp_deduction (provisional, indicative only).
with

days as (
    select * from int_attendance_days_unified
),

recap as (
    select * from raw_attendance
),

calendar as (
    select * from int_calendar_days_scheduled
),

deductions as (
    select * from ref_tpp_deduction
),

minute_bands as (
    -- Band per whole minute, so a day finds its TL/PSW band with an equality join.
    select
        deductions.code,
        left(deductions.code, 2) = 'TL' as is_late_band,
        deductions.pct,
        unnest(generate_series(
            cast(deductions.min_minutes as integer),
            cast(coalesce(deductions.max_minutes, 1441) as integer) - 1
        )) as minutes,
    from deductions
    where deductions.min_minutes is not null
),

unexcused_pct as (
    select max(pct) as pct from deductions where code = 'TK'
),

sums as (
    select
        cast(nip_number as varchar) as nip,
        year,
        min(work_date) as first_day,
        max(work_date) as last_day,
        count(*) filter (where is_workday) as days_with_record,
        count(*) filter (where is_workday and is_present) as days_present,
        count(*) filter (where not is_workday and is_present) as days_present_offday,
        count(*) filter (where is_workday and is_excused) as days_excused,
        count(*) filter (where is_workday and is_unexcused) as unexcused_days,
        cast(coalesce(sum(late_minutes), 0) as integer) as late_minutes,
        cast(coalesce(sum(early_leave_minutes), 0) as integer) as early_leave_minutes,
        count(*) filter (where late_minutes > 0) as days_late,
        count(*) filter (where early_leave_minutes > 0) as days_early_leave,
    from days
    group by nip_number, year
),

recap_agencies as (
    -- The unit kerja a recap gives, for employees no roster lists (read here, not per day, to keep
    -- the day table narrow).
    select
        nip,
        cast(year(tanggal) as integer) as year,
        arg_max(unit_kerja, tanggal) as agency_code_last,
    from recap
    where nip is not null and tanggal is not null and unit_kerja is not null
    group by nip, year(tanggal)
),

late_or_early as (
    select cast(nip_number as varchar) as nip, year, late_minutes, early_leave_minutes
    from days
    where late_minutes > 0 or early_leave_minutes > 0
),

band_pct as (
    select
        late_or_early.nip,
        late_or_early.year,
        sum(coalesce(late_band.pct, 0) + coalesce(early_band.pct, 0)) as pct,
    from late_or_early
    left join minute_bands as late_band
        on late_band.is_late_band and late_band.minutes = least(late_or_early.late_minutes, 1440)
    left join minute_bands as early_band
        on not early_band.is_late_band
        and early_band.minutes = least(late_or_early.early_leave_minutes, 1440)
    group by late_or_early.nip, late_or_early.year
),

unexcused_workdays as (
    select
        cast(nip_number as varchar) as nip,
        work_date,
        year,
        workday_seq - row_number() over (partition by nip_number order by workday_seq) as run_id,
    from days
    where is_workday and is_unexcused
),

runs as (
    select nip, run_id, max(year) as year, count(*) as run_length
    from unexcused_workdays
    group by nip, run_id
),

longest_runs as (
    select nip, year, max(run_length) as max_consecutive_unexcused
    from runs
    group by nip, year
),

final as (
    select
        sums.nip,
        sums.year,
        recap_agencies.agency_code_last,
        sums.first_day,
        sums.last_day,
        cast(
            last_cal.workday_seq - first_cal.workday_seq
                + case when first_cal.is_workday then 1 else 0 end
            as integer
        ) as workdays,
        cast(sums.days_with_record as integer) as days_with_record,
        cast(sums.days_present as integer) as days_present,
        cast(sums.days_present_offday as integer) as days_present_offday,
        cast(sums.days_excused as integer) as days_excused,
        cast(sums.unexcused_days as integer) as unexcused_days,
        cast(coalesce(longest_runs.max_consecutive_unexcused, 0) as integer)
            as max_consecutive_unexcused,
        sums.late_minutes,
        sums.early_leave_minutes,
        cast(sums.days_late as integer) as days_late,
        cast(sums.days_early_leave as integer) as days_early_leave,
        coalesce(band_pct.pct, 0) + sums.unexcused_days * coalesce(unexcused_pct.pct, 0)
            as tpp_deduction_pct_indicative,
    from sums
    cross join unexcused_pct
    left join calendar as first_cal on first_cal.day = sums.first_day
    left join calendar as last_cal on last_cal.day = sums.last_day
    left join band_pct on band_pct.nip = sums.nip and band_pct.year = sums.year
    left join longest_runs on longest_runs.nip = sums.nip and longest_runs.year = sums.year
    left join recap_agencies on recap_agencies.nip = sums.nip and recap_agencies.year = sums.year
)

select * from final
