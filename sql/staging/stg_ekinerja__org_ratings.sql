-- stg_ekinerja__org_ratings: capaian / predikat kinerja organisasi (SE MenPANRB 3/2023, domain.md §1).
-- Grain: one row per agency per year. Key: (agency_code, year).
with

source as (
    select * from raw_org_rating
),

renamed as (
    select
        unit_kerja as agency_code,
        tahun as year,
        predikat_organisasi as org_predikat,
        predikat_organisasi_raw as org_predikat_raw,
        _file_id,
        _line,
    from source
    where unit_kerja is not null and tahun is not null and predikat_organisasi is not null
)

select * from renamed
