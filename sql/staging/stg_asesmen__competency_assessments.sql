-- stg_asesmen__competency_assessments: competency assessment results (PermenPANRB 38/2017 dictionary,
-- levels 1–5, domain.md §4) with the potential category for the 9-box (domain.md §5).
-- Grain: one row per employee per competency per assessment date. Key: (nip, competency_code, assessed_date).
with

source as (
    select * from raw_competency
),

renamed as (
    select
        nip,
        kompetensi as competency_code,
        kompetensi_raw as competency_raw,
        level_capaian as level_assessed,
        level_standar as level_required_stated,
        tanggal_asesmen as assessed_date,
        potensial,
        asesor as assessor,
        _file_id,
        _line,
    from source
    where nip is not null and kompetensi is not null
)

select * from renamed
