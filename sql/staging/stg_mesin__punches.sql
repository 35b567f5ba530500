-- stg_mesin__punches: fingerprint-machine punches (ZKTeco attlog), PIN already mapped to NIP at load.
-- Grain: one row per punch. Key: (device, pin, punched_at).
-- Unmapped PINs (no NIP) stay in raw_punches and the rejects log; they cannot be attributed here.
with

source as (
    select * from raw_punches
),

renamed as (
    select
        nip,
        device,
        pin,
        waktu as punched_at,
        status_mesin as machine_status,
        verify as verify_mode,
        _file_id,
        _line,
    from source
    where nip is not null and waktu is not null
)

select * from renamed
