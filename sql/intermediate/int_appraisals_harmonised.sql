-- int_appraisals_harmonised: each appraisal with its scheme and its predikat on the common five-level
-- scale of PermenPANRB 6/2022.
-- Grain: one row per employee per year per period. Key: (nip, year, periode).
-- Scheme (domain.md "ETL validation rules", §1–2; ref_appraisal_scheme): ratings → PMPANRB6_2022;
-- numeric rows → the numeric scheme whose score range and sebutan list fit the row, preferring the one in
-- force at the end of the period (PP 46/2011 to June 2021, PP 30/2019 from July 2021); a predikat alone →
-- the scheme in force then. Predikat: when both ratings are present the matrix decides
-- (ref_predikat_matrix) and a stated predikat that disagrees is flagged; otherwise the stated predikat
-- (sebutan) through the crosswalk (ref_predikat_crosswalk); otherwise the score bands
-- (ref_score_bands, half-open intervals; the PP 30/2019 "Sangat Baik" needs an innovation no export
-- records, so a score alone never reaches it). Agency at the time: the export's unit kerja, else the
-- roster snapshot valid at the end of the period.
with

appraisals as (
    select * from stg_ekinerja__appraisals
),

periods as (
    select * from ref_period
),

schemes as (
    select * from ref_appraisal_scheme
),

matrix as (
    select * from ref_predikat_matrix
),

crosswalk as (
    select * from ref_predikat_crosswalk
),

bands as (
    select * from ref_score_bands
),

predikat_codes as (
    select code, min(label_id) as label_id
    from ref_code
    where list = 'predikat'
    group by code
),

parameters as (
    select * from int_parameters_pivoted
),

roster as (
    select * from int_roster_snapshots_ranged
),

legacy_only_codes as (
    -- Sebutan that only numeric schemes use (Cukup, Buruk): a row that states one is numeric.
    select crosswalk.predikat_original
    from crosswalk
    join schemes on schemes.scheme = crosswalk.scheme
    group by crosswalk.predikat_original
    having bool_and(schemes.shape = 'numeric')
),

dated as (
    select
        appraisals.*,
        coalesce(periods.is_annual, false) as is_annual,
        make_date(appraisals.year, coalesce(periods.start_month, 1), 1) as period_start,
        last_day(make_date(appraisals.year, coalesce(periods.end_month, 12), 1)) as period_end,
        case
            when appraisals.has_ratings then 'ratings'
            when appraisals.has_score or legacy_only_codes.predikat_original is not null
                then 'numeric'
        end as shape,
    from appraisals
    left join periods on periods.periode = appraisals.periode
    left join legacy_only_codes on legacy_only_codes.predikat_original = appraisals.predikat_stated
),

scheme_candidates as (
    select
        dated.nip,
        dated.year,
        dated.periode,
        schemes.scheme,
        row_number() over (
            partition by dated.nip, dated.year, dated.periode
            order by
                dated.period_end between schemes.valid_from
                    and coalesce(try_cast(schemes.valid_to as date), date '9999-12-31') desc,
                schemes.shape = 'ratings' desc,
                schemes.valid_from
        ) as preference,
    from dated
    join schemes
        on schemes.shape = coalesce(dated.shape, schemes.shape)
        and coalesce(dated.max_score <= schemes.max_score, true)
    left join crosswalk
        on crosswalk.scheme = schemes.scheme
        and crosswalk.predikat_original = dated.predikat_stated
    where dated.predikat_stated is null or dated.shape = 'ratings' or crosswalk.scheme is not null
),

schemed as (
    select
        dated.*,
        scheme_candidates.scheme,
        case scheme_candidates.scheme
            when 'PP46_2011' then parameters.pp46_weight_skp
            when 'PP30_2019' then parameters.pp30_weight_skp
        end as weight_skp,
    from dated
    cross join parameters
    left join scheme_candidates
        on scheme_candidates.nip = dated.nip
        and scheme_candidates.year = dated.year
        and scheme_candidates.periode = dated.periode
        and scheme_candidates.preference = 1
),

scored as (
    select
        schemed.*,
        coalesce(
            schemed.nilai_akhir,
            round(
                schemed.weight_skp * schemed.nilai_skp
                    + (1 - schemed.weight_skp) * schemed.nilai_perilaku,
                2
            )
        ) as score,
    from schemed
),

resolved as (
    select
        scored.*,
        matrix.predikat as predikat_matrix,
        stated_crosswalk.predikat as predikat_stated_harmonised,
        band.predikat as predikat_band_original,
        band_crosswalk.predikat as predikat_band,
    from scored
    left join matrix
        on matrix.scheme = scored.scheme
        and matrix.rating_hasil_kerja = scored.rating_hasil_kerja
        and matrix.rating_perilaku = scored.rating_perilaku
    left join crosswalk as stated_crosswalk
        on stated_crosswalk.scheme = scored.scheme
        and stated_crosswalk.predikat_original = scored.predikat_stated
    left join bands as band
        on band.scheme = scored.scheme
        and band.extra_condition is null
        and (
            band.lower is null
            or scored.score > band.lower
            or (band.lower_inclusive and scored.score = band.lower)
        )
        and (
            band.upper is null
            or scored.score < band.upper
            or (band.upper_inclusive and scored.score = band.upper)
        )
    left join crosswalk as band_crosswalk
        on band_crosswalk.scheme = scored.scheme
        and band_crosswalk.predikat_original = band.predikat
),

final as (
    select
        resolved.nip,
        resolved.nama,
        resolved.year,
        resolved.periode,
        resolved.is_annual,
        resolved.period_start,
        resolved.period_end,
        resolved.scheme,
        resolved.rating_hasil_kerja,
        resolved.rating_perilaku,
        resolved.nilai_skp,
        resolved.nilai_perilaku,
        resolved.nilai_akhir,
        resolved.score,
        coalesce(resolved.predikat_matrix, resolved.predikat_stated_harmonised, resolved.predikat_band)
            as predikat_code,
        case
            when resolved.predikat_matrix is not null then 'matrix'
            when resolved.predikat_stated_harmonised is not null then 'stated'
            when resolved.predikat_band is not null then 'score_band'
        end as predikat_source,
        coalesce(resolved.predikat_stated, resolved.predikat_band_original, resolved.predikat_matrix)
            as predikat_original_code,
        original_label.label_id as predikat_original,
        resolved.predikat_raw,
        resolved.predikat_matrix is not null
            and resolved.predikat_stated is not null
            and resolved.predikat_stated_harmonised is distinct from resolved.predikat_matrix
            as predikat_matrix_conflict,
        resolved.nip_penilai,
        resolved.submitted_date,
        resolved.approved_date,
        resolved.status,
        resolved.feedback_count_stated,
        coalesce(resolved.agency_code, roster.agency_code) as agency_code,
        case
            when resolved.agency_code is not null then 'export'
            when roster.agency_code is not null then 'roster'
        end as agency_source,
    from resolved
    left join predikat_codes as original_label
        on original_label.code = coalesce(
            resolved.predikat_stated, resolved.predikat_band_original, resolved.predikat_matrix
        )
    left join roster
        on roster.nip = resolved.nip
        and resolved.period_end between roster.valid_from and roster.valid_to
)

select * from final
