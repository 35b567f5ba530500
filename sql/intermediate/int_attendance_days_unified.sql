-- int_attendance_days_unified: one attendance day per employee from both sources: the daily recaps
-- (raw_attendance) and fingerprint punches turned into days (int_punch_days_collapsed).
-- Grain: one row per employee per date with any record. Key: (nip_number, work_date).
-- Rules: the recap's status decides excused/unexcused (ref_attendance_status; PP 94/2021 counts
-- "tanpa keterangan", domain.md §3) but a day with punches is present, even against a TK status; a
-- recap row with a scan and no status is present. Times: the recap's own, else the punches'. Late and
-- early-leave minutes: the recap's own, else computed from the working-day schedule (Perpres 21/2023,
-- Ramadan hours; ref_work_schedule) on working days only.
-- Performance (~3.4 M recap rows at default size, 10 M in the benchmark): writing this table is most of
-- the rebuild, so the recap is renamed here rather than copied by a staging model, only the columns the
-- aggregates need are kept, and the NIP is stored as a number (`nip_number`; every NIP is 18 digits
-- starting 19/20, so `cast(nip_number as varchar)` gives it back) — at 9.4 M rows a BIGINT key writes in
-- 3.3 s where the VARCHAR took 4.9 s (measured). `00:00:00` in a scan column is "no scan" (exports.md).
with

recap as (
    select * from raw_attendance
),

attendance as (
    select
        nip,
        tanggal as work_date,
        nullif(jam_masuk, time '00:00:00') as time_in,
        nullif(jam_pulang, time '00:00:00') as time_out,
        status,
        terlambat_menit as late_minutes_stated,
        pulang_awal_menit as early_leave_minutes_stated,
    from recap
    where nip is not null and tanggal is not null
),

punch_days as (
    select * from int_punch_days_collapsed
),

calendar as (
    select * from int_calendar_days_scheduled
),

statuses as (
    select * from ref_attendance_status
),

parameters as (
    select * from int_parameters_pivoted
),

combined as (
    select
        coalesce(attendance.nip, punch_days.nip) as nip,
        coalesce(attendance.work_date, punch_days.work_date) as work_date,
        attendance.status,
        attendance.time_in,
        attendance.time_out,
        attendance.late_minutes_stated,
        attendance.early_leave_minutes_stated,
        punch_days.in_at as punch_in_at,
        punch_days.out_at as punch_out_at,
        punch_days.nip is not null as has_punches,
    from attendance
    full outer join punch_days
        on punch_days.nip = attendance.nip
        and punch_days.work_date = attendance.work_date
),

timed as (
    select
        combined.*,
        coalesce(combined.work_date + combined.time_in, combined.punch_in_at) as in_at,
        coalesce(
            combined.work_date + combined.time_out
                -- A clock-out earlier than the clock-in, or before the day boundary, is after midnight.
                + case
                    when combined.time_out < combined.time_in then interval 1 day
                    when combined.time_in is null and combined.time_out < time '00:00:00'
                        + parameters.day_boundary then interval 1 day
                    else interval 0 day
                end,
            combined.punch_out_at
        ) as out_at,
        coalesce(statuses.is_present, false)
            or (combined.status is null and coalesce(combined.time_in, combined.time_out) is not null)
            or (combined.has_punches and (combined.status is null or statuses.is_unexcused))
            as is_present,
        coalesce(statuses.is_excused, false) as is_excused_status,
        coalesce(statuses.is_unexcused, false) as is_unexcused_status,
    from combined
    cross join parameters
    left join statuses on statuses.code = combined.status
),

scheduled as (
    select
        cast(timed.nip as bigint) as nip_number,
        timed.work_date,
        cast(year(timed.work_date) as integer) as year,
        coalesce(calendar.is_workday, false) as is_workday,
        calendar.workday_seq,
        timed.is_present,
        timed.is_excused_status and not timed.is_present as is_excused,
        timed.is_unexcused_status and not timed.is_present as is_unexcused,
        case when timed.is_present and calendar.is_workday then cast(coalesce(
            timed.late_minutes_stated,
            -- greatest() skips NULLs, so a day without a clock-in must stay NULL explicitly.
            case when timed.in_at is not null then
                greatest(0, floor(epoch(timed.in_at - (timed.work_date + calendar.start_time)) / 60))
            end
        ) as integer) end as late_minutes,
        case when timed.is_present and calendar.is_workday then cast(coalesce(
            timed.early_leave_minutes_stated,
            case when timed.out_at is not null then
                greatest(0, floor(epoch((timed.work_date + calendar.end_time) - timed.out_at) / 60))
            end
        ) as integer) end as early_leave_minutes,
    from timed
    left join calendar on calendar.day = timed.work_date
)

select * from scheduled
