/**
 * `code_key(x)` and `agency_key(x)`: the keys every code-list and agency lookup joins on, so that
 * `Kurang / Misconduct`, `kurang-misconduct` and `KURANG_MISCONDUCT` meet in one row of ref_code.
 *
 * code_key: lowercase; `/ . , - _ ( )`, tabs and non-breaking spaces become one space; trimmed.
 * Other characters (letters with accents, `&`, `+`, digits) are kept: they carry meaning
 * (`TL+PSW`), and the code lists spell out the variants they accept.
 *
 * agency_key: code_key, `&` read as `dan`, then the words that only say where or whose the agency is
 * are dropped: `pemerintah`, `pemkot`, `kota`, `kabupaten`, `kab`, `bukittinggi` (so `Kota
 * Bukittinggi` goes too). `Dinas Kesehatan Kota Bukittinggi`, `DINAS KESEHATAN` and
 * `Dinas Kesehatan Bukittinggi` all become `dinas kesehatan`. Words are matched whole: `Kabag` stays.
 */
export const codeKeySql = String.raw`
create or replace macro code_key(x) as
    trim(regexp_replace(lower(x), '[\s\x{00A0}\x{FEFF}/.,\-_()]+', ' ', 'g'));

-- Each word is given its own pair of spaces first, so that back-to-back words
-- ('pemerintah kota bukittinggi') are all matched by one global pass without lookahead (RE2 has none).
create or replace macro agency_key(x) as
    trim(regexp_replace(
        regexp_replace(
            ' ' || replace(replace(code_key(x), '&', ' dan '), ' ', '  ') || ' ',
            ' (?:pemerintah|pemkot|kota|kabupaten|kab|bukittinggi) ',
            ' ',
            'g'
        ),
        ' +',
        ' ',
        'g'
    ));
`;
