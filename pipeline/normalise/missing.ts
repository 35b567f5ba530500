/**
 * `is_missing(x)`: the spellings offices use for "no value". Exports write an empty cell as '', spaces,
 * '-', '--', 'NULL' (database dumps), 'N/A' or '#N/A' (an Excel lookup that found nothing), and the
 * dash that Word/Excel autocorrect turns '-' into. Every other text is a value, even a wrong one:
 * `#VALUE!` or `0` are for the validators to reject, not to silently drop.
 */
export const missingSql = String.raw`
create or replace macro is_missing(x) as
    x is null
    or regexp_full_match(
        x,
        '[\s\x{00A0}\x{FEFF}]*(?:-|--|\x{2013}|\x{2014}|null|n/a|#n/a)?[\s\x{00A0}\x{FEFF}]*',
        'i'
    );
`;
