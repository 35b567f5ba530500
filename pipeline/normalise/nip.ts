/**
 * NIP macros (domain.md §6, exports.md). A NIP has 18 digits:
 * - PNS (Perka BKN 22/2007): yyyymmdd birth date · yyyymm first appointment (TMT CPNS) · gender 1/2 ·
 *   3-digit sequence. `19860926 201505 1 001`.
 * - PPPK: yyyymmdd birth date · yyyy appointment year · `2` · batch 1–9 · gender 1/2 · 3-digit sequence.
 *
 * Telling them apart: digits 13–14 of a PNS NIP are the TMT month 01–12, so digit 13 is always 0 or 1;
 * in a PPPK number digit 13 is the PPPK code `2`. Digit 13 alone decides the type, and never wrongly for
 * a correct number. What stays ambiguous is a damaged one: a PNS NIP whose month was mistyped as 21–29
 * reads as a valid PPPK number (with its year as PPPK year), and nothing inside the NIP can show it —
 * only SIMPEG's employee type can (the roster's `status` column; a mismatch is worth a warning there).
 * PPPK appointments exist since PP 49/2018 (first intake 2019), so a PPPK year before 2019 is invalid.
 *
 * What Excel does to a NIP typed as a number, and what we can detect (nip_excel_mangled; never guess):
 * - General format shows scientific notation: `1.98609E+17`, `1,98609E+17` (id-ID) — digits are gone.
 * - Number format shows 18 digits, but Excel keeps 15 significant digits, so the last three become
 *   `000` (`198609262015051000`, the 15th digit possibly rounded). Sequence numbers start at 001, so no
 *   real NIP ends in 000: such a value is reported as mangled even when it was re-typed as text later.
 * - A decimal tail (`198609262015051000.00`) is the same number formatted with decimals.
 * Not detectable: a value Excel rounded in digit 15 but whose last three digits were later typed back
 * by hand; a NIP with 15 or fewer significant digits is never damaged by Excel.
 *
 * `nip_problem(x)` gives NULL for a valid NIP, else one rule code of pipeline/validate/rules.ts:
 * `required_missing` (an empty cell: wrap optional NIP columns in is_missing), `nip_excel_mangled`,
 * `nip_format`, `nip_birth_date`, `nip_appointment` (PNS: TMT month not 01–12, after 2099, or before
 * age 17; PPPK: batch 0, year outside 2019–2100, or before age 17) or `nip_gender` (digit 15 not 1/2,
 * for PPPK numbers too: their gender digit sits at the same place).
 *
 * The derivations (`nip_birth_date`, `nip_appointment`, `nip_gender`, `nip_type`) accept the raw cell
 * (they clean it) and give NULL when their part is not valid; trust them only where nip_problem is NULL.
 */
export const nipSql = String.raw`
-- What exports wrap around a NIP: ="…" (Excel text formula), a leading ' (Excel text marker),
-- surrounding quotes, and spaces, dots or dashes as digit grouping.
create or replace macro nip_digits_id(x) as
    regexp_replace(trim(x), '^=?"|"$|^''|''$|[\s\x{00A0}.\-]', '', 'g');

create or replace macro nip_clean(x) as
    case
        when regexp_full_match(x, '\d{18}') then x
        else list_transform(
            [nip_digits_id(x)],
            lambda d: case when regexp_full_match(d, '\d{18}') then d end
        )[1]
    end;

create or replace macro nip_birth_date(x) as list_transform(
    [nip_clean(x)],
    lambda n: case
        when left(n, 4) between '1940' and '2010' then try_strptime(left(n, 8), '%Y%m%d')::date
    end
)[1];

create or replace macro nip_type(x) as list_transform(
    [nip_clean(x)],
    lambda n: case
        when substr(n, 13, 1) = '2' and substr(n, 14, 1) between '1' and '9' then 'PPPK'
        when substr(n, 13, 2) between '01' and '12' then 'PNS'
    end
)[1];

-- PNS: the first day of the TMT month; PPPK: January 1 of the appointment year.
create or replace macro nip_appointment(x) as list_transform(
    [nip_clean(x)],
    lambda n: case
        when substr(n, 13, 1) = '2' and substr(n, 14, 1) between '1' and '9'
            then try_strptime(substr(n, 9, 4) || '0101', '%Y%m%d')::date
        when substr(n, 13, 2) between '01' and '12'
            then try_strptime(substr(n, 9, 6) || '01', '%Y%m%d')::date
    end
)[1];

create or replace macro nip_gender(x) as
    case substr(nip_clean(x), 15, 1) when '1' then 'L' when '2' then 'P' end;

-- Why a cell that is present is not a usable NIP (for cells that are not 18 digits once cleaned).
create or replace macro nip_unclean_problem_id(x) as
    case
        when is_missing(x) then 'required_missing'
        when regexp_full_match(trim(x), '(?i)[+-]?\d+(?:[.,]\d+)?e\+?\d+') then 'nip_excel_mangled'
        when regexp_full_match(trim(x), '\d{15,}[.,]0+') then 'nip_excel_mangled'
        else 'nip_format'
    end;

-- The rule an 18-digit NIP breaks, checked in the order of the rules table (pipeline/validate/rules.ts).
-- This runs on every attendance row, so a valid NIP is recognised first by one regexp (a DFA pass:
-- birth year 1940–2010, months 01–12, days 01–31, gender 1/2, sequence not 000, and either a PNS TMT
-- month up to 2099 or the PPPK code + batch + year 2019–2100) plus integer arithmetic on the NIP as a BIGINT:
-- - PNS "not before age 17" is decided by month, as the NIP gives only the TMT month: TMT yyyymm minus
--   birth yyyymm, both read as integers, must be at least 1700. PPPK: appointment year − birth year ≥ 17.
-- - Days 29–31 are checked against the calendar (try_strptime); 01–28 exist in every month.
-- Only a NIP that fails this goes through the slower CASE that names the rule it breaks.
create or replace macro nip_valid_id(n) as
    regexp_full_match(
        n,
        '(?:19[4-9]\d|200\d|2010)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])'
            || '(?:(?:19|20)\d\d(?:0[1-9]|1[0-2])|(?:2019|20[2-9]\d|2100)2[1-9])'
            || '[12](?:\d\d[1-9]|\d[1-9]\d|[1-9]\d\d)'
    )
    and (
        (try_cast(n as bigint) // 10000000000) % 100 <= 28
        or try_strptime(left(n, 8), '%Y%m%d') is not null
    )
    and case
        when substr(n, 13, 1) = '2'
            then (try_cast(n as bigint) // 1000000) % 10000
                - try_cast(n as bigint) // 100000000000000 >= 17
        else (try_cast(n as bigint) // 10000) % 1000000
            - try_cast(n as bigint) // 1000000000000 >= 1700
    end;

-- Must name a rule for every 18-digit text nip_valid_id refuses (test/pipeline/normaliseNip.test.ts
-- checks the two agree on a large sample).
create or replace macro nip_digits_problem_id(n) as
    case
        when right(n, 3) = '000' then 'nip_excel_mangled'
        when left(n, 4) not between '1940' and '2010' or try_strptime(left(n, 8), '%Y%m%d') is null
            then 'nip_birth_date'
        when substr(n, 13, 1) = '2' and (
            substr(n, 14, 1) = '0'
            or substr(n, 9, 4) not between '2019' and '2100'
            or substr(n, 9, 4)::integer < left(n, 4)::integer + 17
        ) then 'nip_appointment'
        when substr(n, 13, 1) <> '2' and (
            substr(n, 13, 2) not between '01' and '12'
            or substr(n, 9, 4) > '2099'
            or substr(n, 9, 6)::integer < (left(n, 4)::integer + 17) * 100 + substr(n, 5, 2)::integer
        ) then 'nip_appointment'
        when substr(n, 15, 1) not in ('1', '2') then 'nip_gender'
    end;

-- A plain 18-digit valid NIP (nearly every cell) is settled by nip_valid_id on the cell itself; the
-- rest is cleaned once (the lambda binds it: DuckDB does not share a repeated expression inside a CASE
-- branch) and diagnosed.
create or replace macro nip_problem(x) as
    case
        when nip_valid_id(x) then null
        else list_transform(
            [nip_clean(x)],
            lambda n: case when n is null then nip_unclean_problem_id(x) else nip_digits_problem_id(n) end
        )[1]
    end;
`;
