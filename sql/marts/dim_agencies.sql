-- dim_agencies: the city's agencies (perangkat daerah) with validity dates and successors for the
-- planned 2025 mergers (data/reference/agencies.csv; Perda Kota Bukittinggi 9/2016, domain.md §7).
-- Grain: one row per agency code. Key: agency_code.
with

agencies as (
    select * from ref_agency
),

employees as (
    select * from dim_employees
),

headcounts as (
    select
        agency_code,
        cast(count(*) filter (where is_active) as integer) as n_employees_active,
    from employees
    group by agency_code
),

final as (
    select
        agencies.code as agency_code,
        agencies.name as agency_name,
        agencies.short_name,
        agencies.kind,
        agencies.tipe,
        agencies.valid_from,
        agencies.valid_to,
        agencies.successor_code,
        successors.name as successor_name,
        agencies.valid_to is null or agencies.valid_to >= current_date as is_current,
        coalesce(headcounts.n_employees_active, 0) as n_employees_active,
        agencies.provisional,
        agencies.legal_basis,
    from agencies
    left join agencies as successors on successors.code = agencies.successor_code
    left join headcounts on headcounts.agency_code = agencies.code
)

select * from final
