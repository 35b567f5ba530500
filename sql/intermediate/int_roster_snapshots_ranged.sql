-- int_roster_snapshots_ranged: each roster snapshot with the dates it stands for, so "the roster valid
-- at date d" is a range lookup. A snapshot holds from its own date to the day before the employee's next
-- snapshot; the first one also stands for every earlier date (employees move between agencies,
-- exports.md "roster").
-- Grain: one row per employee per snapshot date. Key: (nip, as_of).
with

snapshots as (
    select * from stg_simpeg__roster_snapshots
),

ranged as (
    select
        *,
        case when row_number() over by_employee = 1 then date '1900-01-01' else as_of end as valid_from,
        coalesce(
            cast(lead(as_of) over by_employee - 1 as date),
            date '9999-12-31'
        ) as valid_to,
    from snapshots
    window by_employee as (partition by nip order by as_of)
)

select * from ranged
