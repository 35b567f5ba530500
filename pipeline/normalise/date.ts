/**
 * `parse_date_id(x)` → DATE or NULL, for every date shape Indonesian exports hold (exports.md):
 * `yyyy-mm-dd`, `yyyy/mm/dd`, `dd/mm/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy`, `d/m/yy`, any of these followed by
 * a time (`2025-11-29 07:31:05`, `29/11/2025 07.31`, ISO `T`), Excel serial numbers, month names in
 * Indonesian or English, full or short, old spellings included (`29 Nov 2025`, `29 Nopember 2025`,
 * `29-Agu-2025`, `Agt`, `Peb`, `Djuni`), and a leading weekday (`Sabtu, 29/11/2025`, `Senin 3/2/2025`).
 * Impossible dates (31/02/2025) give NULL: the validator reports them as date_invalid.
 *
 * Decisions:
 * - Day first. `03/02/2025` is 3 February: Indonesian systems and Excel's id-ID locale write
 *   day/month/year; a month-first `11/29/2025` is NULL rather than guessed.
 * - Two-digit years: 00–69 → 20yy, 70–99 → 19yy (`1/1/69` = 2069-01-01). Exports with two-digit years
 *   are attendance and training recaps of this century. Two digits cannot tell a birth year 1965 from
 *   2065: such a birth date comes out in the future, which a range check on the column can report.
 * - Four-digit years must start with 1 or 2 (`29/11/0025` is a typo, not the year 25).
 * - Excel serial numbers: 20000–80000 (1954-10-03 … 2119-01-11) counted from 1899-12-30, Excel's
 *   epoch once its 1900 leap-year bug is taken into account. A fraction (a serial date-time such as
 *   45990.3131944) keeps its date part.
 *
 * Speed (10 M attendance rows must load at read_csv pace): a failed try_strptime costs about as much as
 * three successful ones, so formats are not tried one after another. The shapes that make up almost
 * every export (`dd/mm/yyyy`, `yyyy-mm-dd`, `yyyy-mm-dd HH:MM:SS`, `d/m/yyyy`, `Sabtu, dd/mm/yyyy`) are
 * recognised with LIKE and parsed by one try_strptime (measured: 2 M cells in ≈ 0.2 s). Everything
 * else takes the general path: ONE regexp_extract splits the text into its three numeric parts, which
 * are assembled as y-m-d and cast (try_cast rejects 31/02); month names and weekdays cost two more
 * regexps, only on cells that contain letters.
 */
export const dateSql = String.raw`
-- A CASE, not a map literal: inside a lambda DuckDB builds a map literal again for every row (measured
-- 30× slower).
create or replace macro month_number_id(word) as
    case
        when word in ('januari', 'jan', 'january', 'djanuari') then '01'
        when word in ('februari', 'pebruari', 'feb', 'peb', 'febr', 'february') then '02'
        when word in ('maret', 'mar', 'mrt', 'march') then '03'
        when word in ('april', 'apr', 'apl') then '04'
        when word in ('mei', 'may') then '05'
        when word in ('juni', 'jun', 'june', 'djuni') then '06'
        when word in ('juli', 'jul', 'july', 'djuli') then '07'
        when word in ('agustus', 'agu', 'agt', 'ags', 'agust', 'aug', 'august') then '08'
        when word in ('september', 'sep', 'sept', 'sepr') then '09'
        when word in ('oktober', 'okt', 'oct', 'october') then '10'
        when word in ('november', 'nopember', 'nov', 'nop') then '11'
        when word in ('desember', 'des', 'dec', 'december') then '12'
    end;

-- Lowercase text that holds letters: drop a leading weekday and put '/mm/' where the month name was.
-- An unknown word gives NULL (month_number_id is NULL), so '29 foo 2025' is not read as a date.
create or replace macro date_words_id(s) as list_transform(
    [regexp_extract(
        regexp_replace(
            s,
            '^(?:senin|selasa|rabu|kamis|jum''?at|sabtu|minggu|ahad'
                || '|mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday'
                || '|fri|friday|sat|saturday|sun|sunday)\b[.,]?\s*',
            ''
        ),
        '^([^a-z]*)([a-z]*)(.*)$',
        ['pre', 'word', 'post']
    )],
    lambda p: case
        when p.word = '' then p.pre || p.post
        else p.pre || '/' || month_number_id(p.word) || '/' || p.post
    end
)[1];

-- Day, month and year of any accepted numeric shape (with or without a trailing time), as text.
create or replace macro date_parts_id(s) as regexp_extract(
    s,
    '^(\d{1,4})[-/. ]+(\d{1,2})[-/. ]+(\d{1,4})(?:[ tT]+\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:[.,]\d+)?)?)?$',
    ['a', 'b', 'c']
);

-- Year first when the first part has four digits, else day first; a four-digit year starts with 1 or 2
-- and a two-digit year gets its century (00–69 → 20yy, 70–99 → 19yy). try_cast rejects 31/02.
create or replace macro date_from_parts_id(p) as try_cast(
    case
        when length(p.a) = 4 and left(p.a, 1) in ('1', '2') then p.a || '-' || p.b || '-' || p.c
        when length(p.a) > 2 then null
        when length(p.c) = 4 and left(p.c, 1) in ('1', '2') then p.c || '-' || p.b || '-' || p.a
        when length(p.c) = 2 then
            case when p.c <= '69' then '20' else '19' end || p.c || '-' || p.b || '-' || p.a
    end as date
);

-- The general path for one trimmed text. Lambdas bind a value once: DuckDB does not share a repeated
-- sub-expression inside a CASE branch, so a struct used five times would be extracted five times.
create or replace macro date_general_id(s) as
    case
        when regexp_full_match(s, '[2-7]\d{4}(?:[.,]\d+)?|80000(?:[.,]0+)?')
            then date '1899-12-30' + cast(regexp_extract(s, '^\d+') as integer)
        else list_transform(
            [date_parts_id(
                case when regexp_matches(s, '[A-Za-z]{2}') then date_words_id(lower(s)) else s end
            )],
            lambda p: date_from_parts_id(p)
        )[1]
    end;

-- Fast path first (LIKE plus one try_strptime for the two shapes almost every export uses); whatever it
-- does not read goes through the general path, which accepts everything the fast path does.
create or replace macro parse_date_id(x) as coalesce(
    case
        when x like '__/__/2___' or x like '__/__/1___' then try_strptime(x, '%d/%m/%Y')::date
        when x like '2___-__-__' or x like '1___-__-__' then try_strptime(x, '%Y-%m-%d')::date
        when x like '2___-__-__ __:__%' then try_strptime(left(x, 10), '%Y-%m-%d')::date
        when x like '%/%/2___' and x not like '%,%' then try_strptime(x, '%d/%m/%Y')::date
        -- 'Sabtu, 29/11/2025': a whole 'Hari/Tanggal' column looks like this, so it has a fast path.
        when (x like '%, __/__/2___' or x like '%, __-__-2___')
            and lower(split_part(x, ',', 1)) in (
                'senin', 'selasa', 'rabu', 'kamis', 'jumat', 'jum''at', 'sabtu', 'minggu', 'ahad'
            )
            then try_strptime(replace(right(x, 10), '-', '/'), '%d/%m/%Y')::date
    end,
    date_general_id(trim(x))
);
`;
