-- int_trainings_measured: each training with its JP. JP is the record's own; where a record gives only a
-- duration, minutes (or hours × 60) ÷ `minutes_per_jp` (45, Peraturan LAN 10/2018 [M][?], provisional;
-- domain.md §4). The year is the year the training ended (else started).
-- Grain: one row per employee per training per start date. Key: (nip, title, start_date).
with

trainings as (
    select * from stg_diklat__trainings
),

parameters as (
    select * from int_parameters_pivoted
),

measured as (
    select
        trainings.*,
        coalesce(
            trainings.jp_stated,
            trainings.duration_minutes / parameters.minutes_per_jp,
            trainings.duration_hours * 60 / parameters.minutes_per_jp
        ) as jp,
        case
            when trainings.jp_stated is not null then 'stated'
            when trainings.duration_minutes is not null then 'minutes'
            when trainings.duration_hours is not null then 'hours'
        end as jp_source,
    from trainings
    cross join parameters
)

select * from measured
