-- int_employees_identified: every NIP that any export mentions, with a fallback agency and name for
-- NIPs that no roster lists (so no aggregate holds an employee that dim_employees lacks).
-- Grain: one row per NIP. Key: nip.
-- The fallback agency is the unit kerja of the employee's latest appraisal or attendance row; a punch
-- log's device names its agency when it is an agency code (exports.md "punches").
with

roster as (
    select * from stg_simpeg__roster_snapshots
),

appraisals as (
    select * from stg_ekinerja__appraisals
),

attendance_years as (
    select * from int_attendance_years_aggregated
),

punches as (
    select * from stg_mesin__punches
),

trainings as (
    select * from stg_diklat__trainings
),

assessments as (
    select * from stg_asesmen__competency_assessments
),

dialogues as (
    select * from stg_ekinerja__performance_dialogues
),

agencies as (
    select * from ref_agency
),

sightings as (
    select nip, year, agency_code, nama, 1 as priority from appraisals
    union all
    select nip, year, agency_code_last, null, 2 from attendance_years
    union all
    select punches.nip, cast(year(punches.punched_at) as integer), agencies.code, null, 3
    from punches
    left join agencies on agencies.code = punches.device
    union all
    select nip, year, null, null, 4 from trainings
    union all
    select nip, cast(year(assessed_date) as integer), null, null, 4 from assessments
    union all
    select nip, year, null, null, 4 from dialogues
),

seen as (
    select
        nip,
        arg_max(agency_code, [coalesce(year, 0), -priority])
            filter (where agency_code is not null) as fallback_agency_code,
        arg_max(nama, coalesce(year, 0)) filter (where nama is not null) as fallback_name,
    from sightings
    group by nip
),

rostered as (
    select distinct nip from roster
),

identified as (
    select
        coalesce(rostered.nip, seen.nip) as nip,
        rostered.nip is not null as in_roster,
        seen.fallback_agency_code,
        seen.fallback_name,
    from rostered
    full outer join seen on seen.nip = rostered.nip
)

select * from identified
