/**
 * `parse_number_id(x)` → DOUBLE or NULL and `parse_int_id(x)` → INTEGER or NULL (NULL when the number
 * has a fraction or does not fit an INTEGER).
 *
 * Accepted: an optional sign (`-3`, `+2`), digits with a decimal comma or point (`85,5`, `85.5`),
 * thousands grouped by dots or commas (`1.234`, `1.234.567`, `1.234,5`, `1,234.5`), blanks around (also
 * non-breaking spaces) and a space as thousands separator (`1 234 567`), a leading separator (`,5`), and scientific notation (`1,5E+3`).
 * Not numbers: `NaN`, `inf`, `1_000`, `0x10`, `85%`, `Rp 1.000` — DuckDB's cast takes some of these,
 * so every shape is checked with a regexp first.
 *
 * The separator rule:
 * - Both `.` and `,` present: the last one is the decimal separator, the other groups thousands, and
 *   each group must have three digits (`1.234,5`, `1,234.5`; `1.23,5` is not a number).
 * - One kind of separator appearing more than once: thousands (`1.234.567`, `1,234,567`).
 * - One separator once, followed by exactly three digits after a group of one to three digits that
 *   does not start with 0: a dot groups thousands (`1.234` = 1234), a comma is decimal (`1,234` = 1.234).
 *   Indonesian software and Excel's id-ID locale write thousands with dots and decimals with commas; an
 *   English-locale export writes `1.234` as a decimal only for scores with three decimals, which the
 *   exports we know do not have (scores carry 0–2 decimals), whereas counts and rupiah with a thousands
 *   dot are everywhere. A comma followed by three digits is read as a decimal for the same reason:
 *   Indonesian exports use the comma for decimals, and an English export's thousands comma without any
 *   decimal point is the rarer case. `0.313` and `1234.567` are decimals (no valid thousands group).
 * - Otherwise the single separator is decimal (`85,5`, `85.50`, `0.3131944`).
 */
export const numberSql = String.raw`
-- Surrounding blanks go; inside, a space only counts as a thousands separator (1 234 567).
create or replace macro number_text_id(x) as
    regexp_replace(x, '^[\s\x{00A0}]+|[\s\x{00A0}]+$', '', 'g');

create or replace macro number_general_id(s) as
    case
        when regexp_full_match(s, '[+-]?\d+') then try_cast(s as double)
        when regexp_full_match(s, '[+-]?[1-9]\d{0,2}(?:[ \x{00A0}]\d{3})+(?:[.,]\d+)?')
            then try_cast(replace(regexp_replace(s, '[ \x{00A0}]', '', 'g'), ',', '.') as double)
        -- dot thousands, optional comma decimal: 1.234 / 1.234.567 / 1.234,5
        when regexp_full_match(s, '[+-]?[1-9]\d{0,2}(?:\.\d{3})+(?:,\d*)?')
            then try_cast(replace(replace(s, '.', ''), ',', '.') as double)
        -- comma thousands with a dot decimal, or several comma groups: 1,234.5 / 1,234,567
        when regexp_full_match(s, '[+-]?[1-9]\d{0,2}(?:,\d{3})+\.\d*|[+-]?[1-9]\d{0,2}(?:,\d{3}){2,}')
            then try_cast(replace(s, ',', '') as double)
        -- a single decimal separator: 85,5 / 85.5 / ,5 / 1,234 / 0.313
        when regexp_full_match(s, '[+-]?\d*[.,]\d+|[+-]?\d+[.,]')
            then try_cast(replace(s, ',', '.') as double)
        when regexp_full_match(s, '(?i)[+-]?\d+(?:[.,]\d+)?e[+-]?\d{1,3}')
            then try_cast(replace(s, ',', '.') as double)
    end;

create or replace macro parse_number_id(x) as
    case
        when regexp_full_match(x, '[+-]?\d{1,15}') then x::double
        else number_general_id(number_text_id(x))
    end;

create or replace macro parse_int_id(x) as list_transform(
    [parse_number_id(x)],
    lambda n: case when n = trunc(n) and n between -2147483648 and 2147483647 then n::integer end
)[1];
`;
