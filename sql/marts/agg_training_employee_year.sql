-- agg_training_employee_year: JP of completed training per employee and year against the 20 JP minimum
-- (PP 11/2017 Pasal 203 ayat (4) as amended by PP 17/2020; domain.md §4).
-- Grain: one row per active employee per year in which the warehouse holds any training record.
-- Key: (year, nip). Employees active that year (int_employee_years_active) with no completed training
-- have jp_total 0: they are the ones a planner needs most. JP from the record, else from the duration at
-- `minutes_per_jp` (45, provisional). agency_code: the employee's agency that year.
with

employee_years as (
    select * from int_employee_years_active
),

trainings as (
    select * from int_trainings_measured
),

parameters as (
    select * from int_parameters_pivoted
),

training_years as (
    select distinct year from trainings where year is not null
),

completed as (
    select
        nip,
        year,
        sum(coalesce(jp, 0)) as jp_total,
        count(*) as n_trainings,
        sum(jp) filter (where jp_source in ('minutes', 'hours')) as jp_from_duration,
        count(*) filter (where jp is null) as n_without_jp,
    from trainings
    where is_completed and year is not null
    group by nip, year
),

final as (
    select
        employee_years.year,
        employee_years.nip,
        employee_years.agency_code,
        round(coalesce(completed.jp_total, 0), 2) as jp_total,
        cast(coalesce(completed.n_trainings, 0) as integer) as n_trainings,
        round(coalesce(completed.jp_total, 0), 2) >= parameters.jp_minimum_per_year as meets_20_jp,
        round(coalesce(completed.jp_from_duration, 0), 2) as jp_from_duration,
        cast(coalesce(completed.n_without_jp, 0) as integer) as n_trainings_without_jp,
    from employee_years
    join training_years on training_years.year = employee_years.year
    cross join parameters
    left join completed
        on completed.nip = employee_years.nip
        and completed.year = employee_years.year
)

select * from final
