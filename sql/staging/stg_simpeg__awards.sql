-- stg_simpeg__awards: awards (riwayat penghargaan): Satyalancana Karya Satya, Pegawai Teladan, piagam
-- (domain.md §9). Grain: one row per employee per award name per year. Key: (nip, award_name, year).
-- The award name stays as typed; int_awards_classified reads the Satyalancana class from it.
with

source as (
    select * from raw_awards
),

renamed as (
    select
        nip,
        trim(jenis_penghargaan) as award_name,
        tahun as year,
        nullif(trim(nomor_keputusan), '') as decree_no,
        tanggal as decree_date,
        _file_id,
        _line,
    from source
    where nip is not null and jenis_penghargaan is not null and tahun is not null
)

select * from renamed
