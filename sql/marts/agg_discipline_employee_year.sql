-- agg_discipline_employee_year: attendance discipline per employee and year, with the PP 94/2021 band the
-- unexcused absences reach. A RISK INDICATOR for supervisors, not a sanction: a sanction needs an
-- examination and a decision (PP 94/2021); this only counts what the exports say.
-- Grain: one row per employee per year with attendance records (recaps or punches). Key: (year, nip).
-- workdays: Monday–Friday minus holidays and cuti bersama between the first and last recorded day of the
-- year; days_present: present working days; unexcused_days: working days recorded "tanpa keterangan"
-- with no punch (domain.md §3). pp94_level ('none', 'ringan', 'sedang', 'berat') from
-- ref_discipline_absence_bands: cumulative unexcused days in the year (3 ringan … ≥ 28 berat), or
-- 10 consecutive unexcused working days (berat, provisional); with `pp94_count_tl_psw` on, lateness and
-- early leave converted at `tl_psw_minutes_per_day` are added first (provisional, off by default).
with

attendance_years as (
    select * from int_attendance_years_aggregated
),

employee_years as (
    select * from int_employee_years_active
),

bands as (
    select * from ref_discipline_absence_bands where regime = 'PP94_2021'
),

parameters as (
    select * from int_parameters_pivoted
),

counted as (
    select
        attendance_years.*,
        employee_years.agency_code,
        round(
            (attendance_years.late_minutes + attendance_years.early_leave_minutes)
                / parameters.tl_psw_minutes_per_day,
            2
        ) as tl_psw_equivalent_days,
        attendance_years.unexcused_days + case
            when parameters.pp94_count_tl_psw then cast(floor(
                (attendance_years.late_minutes + attendance_years.early_leave_minutes)
                    / parameters.tl_psw_minutes_per_day
            ) as integer)
            else 0
        end as pp94_counted_days,
    from attendance_years
    cross join parameters
    left join employee_years
        on employee_years.nip = attendance_years.nip
        and employee_years.year = attendance_years.year
),

banded as (
    select
        counted.*,
        cumulative.level as cumulative_level,
        cumulative.sanction as cumulative_sanction,
        consecutive.level as consecutive_level,
        consecutive.sanction as consecutive_sanction,
    from counted
    left join bands as cumulative
        on cumulative.basis = 'cumulative'
        and counted.pp94_counted_days >= cumulative.min_days
        and counted.pp94_counted_days <= coalesce(cumulative.max_days, 2147483647)
    left join bands as consecutive
        on consecutive.basis = 'consecutive'
        and counted.max_consecutive_unexcused >= consecutive.min_days
),

final as (
    select
        year,
        nip,
        agency_code,
        workdays,
        days_present,
        unexcused_days,
        late_minutes,
        early_leave_minutes,
        case
            when 'berat' in (cumulative_level, consecutive_level) then 'berat'
            when 'sedang' in (cumulative_level, consecutive_level) then 'sedang'
            when 'ringan' in (cumulative_level, consecutive_level) then 'ringan'
            else 'none'
        end as pp94_level,
        case
            when consecutive_level = 'berat' then consecutive_sanction
            else cumulative_sanction
        end as pp94_reference_sanction,
        pp94_counted_days,
        max_consecutive_unexcused,
        days_with_record,
        -- Working days no export accounts for (e.g. punch-only agencies record present days only).
        workdays - days_with_record as days_without_record,
        days_excused,
        days_present_offday,
        days_late,
        days_early_leave,
        tl_psw_equivalent_days,
        tpp_deduction_pct_indicative,
    from banded
)

select * from final
