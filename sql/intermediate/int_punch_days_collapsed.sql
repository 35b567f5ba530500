-- int_punch_days_collapsed: fingerprint punches turned into one working day per employee.
-- Grain: one row per employee per working day with at least one punch. Key: (nip, work_date).
-- Rules (ref_parameters, provisional): punches before `day_boundary` (04:00) belong to the previous
-- day, so a night shift's clock-out after midnight closes the day it started; the first punch is the
-- clock-in and the last the clock-out (Peraturan ANRI 18/2016 uses the first record, domain.md §3);
-- punches closer together than `punch_min_span_minutes` are one repeated press, which is a clock-in
-- when it falls before mid-shift and a clock-out after it.
with

punches as (
    select * from stg_mesin__punches
),

calendar as (
    select * from int_calendar_days_scheduled
),

parameters as (
    select * from int_parameters_pivoted
),

dated as (
    select
        punches.nip,
        punches.device,
        punches.punched_at,
        cast(punches.punched_at - parameters.day_boundary as date) as work_date,
    from punches
    cross join parameters
),

collapsed as (
    select
        nip,
        work_date,
        min(punched_at) as first_punch_at,
        max(punched_at) as last_punch_at,
        cast(count(*) as integer) as n_punches,
        min(device) as device,
    from dated
    group by nip, work_date
),

classified as (
    select
        collapsed.*,
        epoch(collapsed.last_punch_at - collapsed.first_punch_at) / 60
            >= parameters.punch_min_span_minutes as has_in_and_out,
        -- Mid-shift from the day's schedule; noon on a day without one.
        cast(collapsed.work_date as timestamp) + to_seconds(cast(coalesce(
            (epoch(calendar.start_time) + epoch(calendar.end_time)) / 2,
            12 * 3600
        ) as bigint)) as mid_shift_at,
    from collapsed
    cross join parameters
    left join calendar on calendar.day = collapsed.work_date
),

final as (
    select
        nip,
        work_date,
        device,
        n_punches,
        first_punch_at,
        last_punch_at,
        case when has_in_and_out or first_punch_at < mid_shift_at then first_punch_at end as in_at,
        case when has_in_and_out or first_punch_at >= mid_shift_at then last_punch_at end as out_at,
    from classified
)

select * from final
