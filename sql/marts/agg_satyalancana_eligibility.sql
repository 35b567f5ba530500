-- agg_satyalancana_eligibility: Satyalancana Karya Satya per PNS and year (UU 20/2009, PP 35/2010;
-- domain.md §9). INTERNAL, individual-level (NIP, name): BKPSDM only.
-- Grain: one row per PNS per year they are on the year-end roster (int_employee_years_active).
-- Key: (year, nip).
-- Service is counted from TMT CPNS: the roster's (dim_employees.tmt_cpns, tmt_source 'roster'), else
-- the month in the NIP (Perka BKN 22/2007, domain.md §6; tmt_source 'nip', tmt_from_nip = true),
-- up to reference_date (`satyalancana_reference_day` of the year, 31 December, provisional).
-- service_years: completed years. The class due is the highest of ref_satyalancana_class reached
-- (10 X, 20 XX, 30 XXX); milestone_this_year: the class's years when they were completed in the year
-- up to reference_date. Disqualified: a sanction of a ref_satyalancana_disqualifier level (sedang,
-- berat) decreed between TMT and reference_date. reason_code: the first that applies in
-- ref_satyalancana_reason's priority — no_tmt, service_below_milestone, already_awarded (the class
-- due was awarded in or before the year, int_awards_classified), sanction_moderate_heavy — else
-- eligible; reason_id / reason_en say it in Indonesian and English. PPPK are not in the mart (the
-- award is for PNS). Service interruptions (CLTN) are not in any export and are not subtracted.
with

employee_years as (
    select * from int_employee_years_active
),

employees as (
    select * from dim_employees
),

awards as (
    select * from int_awards_classified
),

sanctions as (
    select * from stg_simpeg__sanctions
),

classes as (
    select * from ref_satyalancana_class
),

disqualifiers as (
    select * from ref_satyalancana_disqualifier
),

reasons as (
    select * from ref_satyalancana_reason
),

agencies as (
    select * from ref_agency
),

parameters as (
    select * from ref_loop_parameters
),

settings as (
    select max(value) filter (where parameter = 'satyalancana_reference_day') as reference_day,
    from parameters
),

pns_years as (
    select
        employee_years.year,
        employee_years.nip,
        employees.nama,
        employee_years.agency_code,
        cast(strptime(employee_years.year || '-' || settings.reference_day, '%Y-%m-%d') as date)
            as reference_date,
        coalesce(employees.tmt_cpns, employees.nip_appointment_month) as tmt,
        case
            when employees.tmt_cpns is not null then 'roster'
            when employees.nip_appointment_month is not null then 'nip'
        end as tmt_source,
    from employee_years
    join employees on employees.nip = employee_years.nip
    cross join settings
    where employee_years.on_year_end_roster
        and coalesce(employees.employee_type in ('PNS', 'CPNS'), employees.nip_type = 'PNS')
),

served as (
    select
        *,
        case when tmt <= reference_date then cast(date_sub('year', tmt, reference_date) as integer)
        end as service_years,
    from pns_years
),

due as (
    -- The highest class reached by the reference date, and the next one.
    select
        served.*,
        max(classes.min_service_years) filter (where classes.min_service_years <= served.service_years)
            as milestone_years,
        arg_max(classes.award_class, classes.min_service_years)
            filter (where classes.min_service_years <= served.service_years) as award_class,
        min(classes.min_service_years) filter (where classes.min_service_years > served.service_years)
            as next_milestone_years,
    from served
    left join classes
        on served.reference_date >= coalesce(try_cast(classes.valid_from as date), date '1900-01-01')
        and served.reference_date <= coalesce(try_cast(classes.valid_to as date), date '9999-12-31')
    group by all
),

dated as (
    select
        due.*,
        cast(due.tmt + to_years(due.milestone_years) as date) as milestone_date,
        cast(due.tmt + to_years(due.next_milestone_years) as date) as next_milestone_date,
    from due
),

awarded as (
    select dated.nip, dated.year, min(awards.year) as awarded_year,
    from dated
    join awards
        on awards.nip = dated.nip
        and awards.award_class = dated.award_class
        and awards.year <= dated.year
    group by all
),

sanctioned as (
    select
        dated.nip,
        dated.year,
        arg_max(sanctions.sanction_level, sanctions.decree_date) as sanction_level,
        max(sanctions.decree_date) as sanction_decree_date,
    from dated
    join sanctions
        on sanctions.nip = dated.nip
        and sanctions.decree_date between dated.tmt and dated.reference_date
    join disqualifiers on disqualifiers.sanction_level = sanctions.sanction_level
    group by all
),

checked as (
    select
        dated.*,
        awarded.awarded_year,
        awarded.awarded_year is not null as already_awarded,
        sanctioned.sanction_level,
        sanctioned.sanction_decree_date,
        sanctioned.nip is not null as has_disqualifying_sanction,
    from dated
    left join awarded on awarded.nip = dated.nip and awarded.year = dated.year
    left join sanctioned on sanctioned.nip = dated.nip and sanctioned.year = dated.year
),

reasoned as (
    -- Every reason that applies, the one of highest priority (lowest number) kept.
    select
        checked.*,
        reasons.reason_code,
        reasons.label_id as reason_id,
        reasons.label_en as reason_en,
    from checked
    cross join unnest([
        {'code': 'no_tmt', 'applies': checked.tmt is null},
        {'code': 'service_below_milestone', 'applies': checked.milestone_years is null},
        {'code': 'already_awarded', 'applies': checked.already_awarded},
        {'code': 'sanction_moderate_heavy', 'applies': checked.has_disqualifying_sanction},
        {'code': 'eligible', 'applies': true}
    ]) as found(reason)
    join reasons on reasons.reason_code = found.reason.code
    where found.reason.applies
    qualify row_number() over (partition by checked.nip, checked.year order by reasons.priority) = 1
),

final as (
    select
        reasoned.year,
        reasoned.nip,
        reasoned.nama,
        reasoned.agency_code,
        agencies.name as agency_name,
        reasoned.reference_date,
        reasoned.tmt as tmt_cpns,
        reasoned.tmt_source,
        reasoned.tmt_source = 'nip' as tmt_from_nip,
        reasoned.service_years,
        cast(reasoned.milestone_years as integer) as milestone_years,
        reasoned.award_class,
        reasoned.milestone_date,
        case when reasoned.milestone_date > reasoned.reference_date - interval 1 year
            then cast(reasoned.milestone_years as integer)
        end as milestone_this_year,
        cast(reasoned.next_milestone_years as integer) as next_milestone_years,
        reasoned.next_milestone_date,
        reasoned.already_awarded,
        cast(reasoned.awarded_year as integer) as awarded_year,
        reasoned.has_disqualifying_sanction,
        reasoned.sanction_level,
        reasoned.sanction_decree_date,
        reasoned.reason_code = 'eligible' as eligible,
        reasoned.reason_code,
        reasoned.reason_id,
        reasoned.reason_en,
    from reasoned
    left join agencies on agencies.code = reasoned.agency_code
)

select * from final
