-- dim_employees: one row per employee (every NIP any export mentions).
-- Grain: one row per employee. Key: nip.
-- Current agency and position: the employee's latest roster snapshot; for a NIP no roster lists, the
-- unit kerja of their latest appraisal or attendance row (in_roster = false). is_active: listed in the
-- latest roster snapshot of the warehouse (NULL when no roster lists the NIP at all).
-- NIP-derived birth date, appointment month, gender and type (Perka BKN 22/2007, domain.md §6) sit beside
-- the roster's values; a disagreement is a flag, never a correction (SIMPEG is authoritative).
with

roster as (
    select * from stg_simpeg__roster_snapshots
),

employees as (
    select * from int_employees_identified
),

agencies as (
    select * from ref_agency
),

latest_snapshot as (
    select max(as_of) as as_of from roster
),

latest_rows as (
    select *
    from roster
    qualify row_number() over (partition by nip order by as_of desc) = 1
),

history as (
    -- The latest value each attribute had: one snapshot's gap does not blank an attribute.
    select
        nip,
        min(as_of) as first_snapshot,
        max(as_of) as last_snapshot,
        arg_max(employee_type, as_of) filter (where employee_type is not null) as employee_type,
        arg_max(gender, as_of) filter (where gender is not null) as gender,
        arg_max(birth_date, as_of) filter (where birth_date is not null) as birth_date,
        arg_max(tmt_cpns, as_of) filter (where tmt_cpns is not null) as tmt_cpns,
    from roster
    group by nip
),

joined as (
    select
        employees.nip,
        coalesce(latest_rows.nama, employees.fallback_name) as nama,
        coalesce(latest_rows.agency_code, employees.fallback_agency_code) as agency_code,
        agencies.name as agency_name,
        history.employee_type,
        history.gender,
        history.birth_date,
        latest_rows.golongan,
        latest_rows.pangkat,
        latest_rows.jabatan,
        latest_rows.jenis_jabatan,
        latest_rows.position_level,
        latest_rows.eselon,
        latest_rows.pendidikan,
        latest_rows.tmt_jabatan,
        history.tmt_cpns,
        nip_type(employees.nip) as nip_type,
        nip_birth_date(employees.nip) as nip_birth_date,
        nip_appointment(employees.nip) as nip_appointment_month,
        nip_gender(employees.nip) as nip_gender,
        employees.in_roster,
        history.first_snapshot,
        history.last_snapshot,
        case when employees.in_roster then history.last_snapshot = latest_snapshot.as_of end
            as is_active,
    from employees
    cross join latest_snapshot
    left join latest_rows on latest_rows.nip = employees.nip
    left join history on history.nip = employees.nip
    left join agencies
        on agencies.code = coalesce(latest_rows.agency_code, employees.fallback_agency_code)
),

flagged as (
    select
        joined.*,
        coalesce(joined.birth_date <> joined.nip_birth_date, false) as birth_date_mismatch,
        coalesce(joined.gender <> joined.nip_gender, false) as gender_mismatch,
        -- A PPPK number carries only the appointment year (domain.md §6).
        coalesce(
            case
                when joined.nip_type = 'PPPK'
                    then year(joined.tmt_cpns) <> year(joined.nip_appointment_month)
                else date_trunc('month', joined.tmt_cpns) <> joined.nip_appointment_month
            end,
            false
        ) as appointment_mismatch,
        coalesce((joined.employee_type = 'PPPK') <> (joined.nip_type = 'PPPK'), false)
            as employee_type_mismatch,
    from joined
),

final as (
    select
        *,
        birth_date_mismatch or gender_mismatch or appointment_mismatch or employee_type_mismatch
            as nip_disagrees_with_roster,
    from flagged
)

select * from final
