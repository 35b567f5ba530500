/**
 * `parse_time_id(x)` → TIME or NULL: `07:31`, `07.31`, `7:31`, `07:31:05`, `07.31.05`, a date-time
 * (`2025-11-29 07:31:05`, `29/11/2025 07.31`: the time is taken), a trailing `WIB` or `AM`/`PM`, and
 * Excel's fraction of a day (`0.3131944` = 07:31, also the fraction of a serial date-time `45990.3131944`).
 * Hours 00–23, minutes and seconds 00–59; `24:00` and `07:60` are NULL (time_invalid).
 * `00:00:00` stays 00:00: whether it means "no scan" is the attendance step's decision (exports.md).
 *
 * Which dotted numbers are fractions: a value that starts with `0.`, `0,` or `.` (Excel writes a
 * fraction with a single leading zero) or a serial date-time (five digits, a separator, decimals);
 * `0` alone is midnight. A clock time always has a two-digit minute after the separator and is read as a
 * clock time when it does not start with a single 0: `07.31` and `7.31` are 07:31, `00.25` is 00:25,
 * `0.25` is 06:00 (a quarter day). Fractions are rounded to the nearest second.
 *
 * Speed: `HH:MM` and `HH:MM:SS` (nearly every cell of a recap) are recognised with LIKE and cast once;
 * the string comparison `x < '24'` rejects hour 24, which DuckDB's TIME cast accepts.
 */
export const timeSql = String.raw`
-- Excel's fraction of a day (from its decimals only, so '45990.3131944' keeps just the time).
create or replace macro time_from_fraction_id(s) as list_transform(
    [round(('0.' || regexp_extract(s, '[.,](\d+)$', 1))::double * 86400)::integer],
    lambda secs: case when secs < 86400 then time '00:00:00' + to_seconds(secs) end
)[1];

create or replace macro time_from_clock_id(s) as list_transform(
    [regexp_extract(
        lower(s),
        -- an optional leading date, then hour, minute, optional second (its fraction dropped),
        -- optional AM/PM and WIB
        '^(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}[ t]+)?'
            || '([01]?\d|2[0-3])[:.]([0-5]\d)(?:[:.]([0-5]\d)(?:[.,]\d+)?)?'
            || '\s*(am|pm|a\.m\.|p\.m\.)?(?:\s*wib)?$',
        ['h', 'm', 's', 'half']
    )],
    lambda p: case
        when p.m = '' then null
        when p.half = ''
            then make_time(p.h::integer, p.m::integer, coalesce(nullif(p.s, '')::integer, 0))
        -- 12-hour clock: 12 AM is midnight, 12 PM is noon; hour 0 or 13+ with AM/PM is not a time.
        when p.h::integer between 1 and 12 then make_time(
            p.h::integer % 12 + case when left(p.half, 1) = 'p' then 12 else 0 end,
            p.m::integer,
            coalesce(nullif(p.s, '')::integer, 0)
        )
    end
)[1];

create or replace macro time_general_id(s) as
    case
        when regexp_full_match(s, '0?[.,]\d+|0|[2-7]\d{4}[.,]\d+') then time_from_fraction_id(s)
        else time_from_clock_id(s)
    end;

create or replace macro parse_time_id(x) as coalesce(
    case
        when (x like '__:__' or x like '__:__:__') and x < '24' then try_cast(x as time)
        when x like '____-__-__ __:__:__' then try_strptime(x, '%Y-%m-%d %H:%M:%S')::time
    end,
    time_general_id(trim(x))
);
`;
