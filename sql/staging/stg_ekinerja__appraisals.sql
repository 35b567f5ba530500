-- stg_ekinerja__appraisals: appraisal rows from e-Kinerja BKN and local e-SKP exports.
-- Grain: one row per employee per year per period. Key: (nip, year, periode).
-- Flags the shape of the row (ratings, scores) used for scheme detection (domain.md "ETL validation
-- rules" and §1–2); the loader already defaults an empty period to 'TAHUNAN' (exports.md).
with

source as (
    select * from raw_appraisal
),

renamed as (
    select
        nip,
        nama,
        tahun as year,
        coalesce(periode, 'TAHUNAN') as periode,
        periode_raw,
        rating_hasil_kerja,
        rating_perilaku,
        predikat as predikat_stated,
        predikat_raw,
        nilai_skp,
        nilai_perilaku,
        nilai_akhir,
        nip_penilai,
        tanggal_diajukan as submitted_date,
        tanggal_disetujui as approved_date,
        status,
        jumlah_umpan_balik as feedback_count_stated,
        unit_kerja as agency_code,
        unit_kerja_raw as agency_raw,
        rating_hasil_kerja is not null or rating_perilaku is not null as has_ratings,
        coalesce(nilai_akhir, nilai_skp, nilai_perilaku) is not null as has_score,
        greatest(nilai_akhir, nilai_skp, nilai_perilaku) as max_score,
        _file_id,
        _line,
    from source
    where nip is not null and tahun is not null
)

select * from renamed
