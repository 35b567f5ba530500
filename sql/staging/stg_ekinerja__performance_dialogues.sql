-- stg_ekinerja__performance_dialogues: dialog kinerja / umpan balik records (PermenPANRB 6/2022 stage 2,
-- domain.md §1). Grain: one row per employee per dialogue date. Key: (nip, dialogue_date).
-- The free-text note (catatan) is left out on purpose: it is never shown in published outputs.
with

source as (
    select * from raw_feedback
),

renamed as (
    select
        nip,
        tanggal as dialogue_date,
        coalesce(tahun, cast(year(tanggal) as integer)) as year,
        periode,
        nip_atasan as nip_superior,
        -- "Ya"/"Tidak" or the plan's own text: anything but a no means a plan was made.
        case
            when rencana_pengembangan is null then null
            when code_key(rencana_pengembangan)
                in ('tidak', 't', 'no', 'n', '0', 'tidak ada', 'tdk', '-') then false
            else true
        end as has_development_plan,
        kompetensi as plan_competency,
        _file_id,
        _line,
    from source
    where nip is not null and tanggal is not null
)

select * from renamed
