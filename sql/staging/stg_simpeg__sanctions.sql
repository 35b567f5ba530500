-- stg_simpeg__sanctions: disciplinary sanctions imposed (riwayat hukuman disiplin, PP 94/2021 Pasal 8:
-- ringan, sedang, berat; domain.md §3). A decision, unlike the PP 94/2021 risk bands the attendance
-- marts compute. Grain: one row per decree. Key: (nip, sanction, decree_date).
with

source as (
    select * from raw_sanctions
),

renamed as (
    select
        nip,
        tingkat as sanction_level,
        tingkat_raw as sanction_level_raw,
        jenis_hukuman as sanction,
        nullif(trim(nomor_sk), '') as decree_no,
        tanggal_sk as decree_date,
        tanggal_mulai as start_date,
        tanggal_selesai as end_date,
        _file_id,
        _line,
    from source
    where nip is not null and tingkat is not null and tanggal_sk is not null
)

select * from renamed
