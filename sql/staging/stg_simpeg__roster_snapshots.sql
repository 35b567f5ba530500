-- stg_simpeg__roster_snapshots: the SIMPEG/SIASN roster, one snapshot per `as_of` date.
-- Grain: one row per employee per snapshot date. Key: (nip, as_of).
-- Derived: position_level (the key of ref_competency_standard; jenjang read from the jabatan title for
-- jabatan fungsional) and the NIP-derived fields of Perka BKN 22/2007 (domain.md §6), kept beside the
-- roster's own values so dim_employees can flag disagreements.
with

source as (
    select * from raw_roster
),

renamed as (
    select
        nip,
        nama,
        unit_kerja as agency_code,
        unit_kerja_raw as agency_raw,
        status_pegawai as employee_type,
        jenis_kelamin as gender,
        tanggal_lahir as birth_date,
        golongan,
        pangkat,
        jabatan,
        jenis_jabatan,
        nullif(trim(eselon), '') as eselon,
        pendidikan,
        tmt_jabatan,
        tmt_cpns,
        as_of,
        upper(regexp_extract(
            coalesce(jabatan, ''),
            '(?i)(ahli utama|ahli madya|ahli muda|ahli pertama|penyelia|mahir|terampil|pemula)'
        )) as jenjang,
        nip_birth_date(nip) as nip_birth_date,
        nip_appointment(nip) as nip_appointment,
        nip_gender(nip) as nip_gender,
        nip_type(nip) as nip_type,
        _file_id,
        _line,
    from source
    where nip is not null and as_of is not null
),

levelled as (
    select
        *,
        case jenis_jabatan
            -- Eselon I (I.a/I.b) is JPT Madya; a city's JPT are eselon II, i.e. JPT Pratama.
            when 'JPT' then
                case
                    when regexp_full_match(coalesce(eselon, ''), '(?i)I\s*[./]?\s*[ab]') then 'JPT_MADYA'
                    else 'JPT_PRATAMA'
                end
            when 'ADMINISTRATOR' then 'ADMINISTRATOR'
            when 'PENGAWAS' then 'PENGAWAS'
            when 'PELAKSANA' then 'PELAKSANA'
            when 'FUNGSIONAL' then
                case when jenjang <> '' then 'JF_' || replace(jenjang, ' ', '_') else 'FUNGSIONAL' end
        end as position_level,
    from renamed
)

select * exclude (jenjang) from levelled
