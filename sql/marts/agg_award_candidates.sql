-- agg_award_candidates: employees the agency may consider for a reward (PermenPANRB 6/2022 stage 4,
-- tindak lanjut: penghargaan; domain.md §1, §9). INTERNAL, individual-level: NIP and name, never
-- published — BKPSDM and the head of the employee's agency only.
-- Grain: one row per employee per year that closes a run of qualifying years. Key: (year, nip).
-- A year qualifies when the annual predikat is `award_candidate_predikat` (Sangat Baik) and the
-- employee is in no PP 94/2021 risk band that year (agg_discipline_employee_year.pp94_level = 'none'
-- or no attendance record). A candidate has at least `award_candidate_min_years` (2) consecutive
-- qualifying years ending in `year` (ref_loop_parameters, provisional). years_with_attendance says in
-- how many of them attendance was known (discipline_checked = all of them); n_sanctions_in_run counts
-- sanction decrees (stg_simpeg__sanctions) dated in the run, for the agency to weigh.
with

appraisals as (
    select * from fct_appraisals
),

discipline as (
    select * from agg_discipline_employee_year
),

sanctions as (
    select * from stg_simpeg__sanctions
),

employees as (
    select * from dim_employees
),

agencies as (
    select * from ref_agency
),

parameters as (
    select * from ref_loop_parameters
),

settings as (
    select
        max(value) filter (where parameter = 'award_candidate_predikat') as predikat,
        cast(max(value) filter (where parameter = 'award_candidate_min_years') as integer)
            as min_years,
    from parameters
),

qualifying as (
    select
        appraisals.nip,
        appraisals.year,
        appraisals.agency_code,
        discipline.pp94_level is not null as attendance_known,
    from appraisals
    cross join settings
    left join discipline on discipline.nip = appraisals.nip and discipline.year = appraisals.year
    where appraisals.is_annual
        and appraisals.predikat_code = settings.predikat
        and coalesce(discipline.pp94_level, 'none') = 'none'
),

islands as (
    -- Consecutive years share year − row number.
    select *, year - row_number() over (partition by nip order by year) as island,
    from qualifying
),

runs as (
    select
        *,
        cast(row_number() over in_run as integer) as consecutive_years,
        cast(min(year) over in_run as integer) as first_year,
        cast(count(*) filter (where attendance_known) over in_run as integer) as years_with_attendance,
    from islands
    window in_run as (partition by nip, island order by year)
),

candidates as (
    select runs.*,
    from runs
    cross join settings
    where runs.consecutive_years >= settings.min_years
),

sanctioned as (
    select candidates.nip, candidates.year, count(*) as n,
    from candidates
    join sanctions
        on sanctions.nip = candidates.nip
        and year(sanctions.decree_date) between candidates.first_year and candidates.year
    group by all
),

final as (
    select
        candidates.year,
        candidates.nip,
        employees.nama,
        candidates.agency_code,
        agencies.name as agency_name,
        employees.jabatan,
        employees.jenis_jabatan,
        employees.is_active,
        candidates.first_year,
        candidates.consecutive_years,
        candidates.years_with_attendance,
        candidates.years_with_attendance = candidates.consecutive_years as discipline_checked,
        cast(coalesce(sanctioned.n, 0) as integer) as n_sanctions_in_run,
    from candidates
    left join employees on employees.nip = candidates.nip
    left join agencies on agencies.code = candidates.agency_code
    left join sanctioned on sanctioned.nip = candidates.nip and sanctioned.year = candidates.year
)

select * from final
