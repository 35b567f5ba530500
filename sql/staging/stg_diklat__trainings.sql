-- stg_diklat__trainings: training history (riwayat diklat / pengembangan kompetensi).
-- Grain: one row per employee per training per start date. Key: (nip, title, start_date).
-- A record with no status counts as completed: a riwayat diklat lists finished trainings; registered,
-- no-show and withdrawn records say so (training_status codes).
with

source as (
    select * from raw_training
),

renamed as (
    select
        nip,
        nama_pelatihan as title,
        jp as jp_stated,
        durasi_jam as duration_hours,
        durasi_menit as duration_minutes,
        tanggal_mulai as start_date,
        tanggal_selesai as end_date,
        cast(year(coalesce(tanggal_selesai, tanggal_mulai)) as integer) as year,
        jenis_kompetensi as competency_type,
        jalur,
        penyelenggara as provider,
        status,
        nomor_sertifikat as certificate_no,
        coalesce(status = 'SELESAI', true) as is_completed,
        _file_id,
        _line,
    from source
    where nip is not null
)

select * from renamed
