-- fct_appraisals: every appraisal (annual and periodic) with its scheme, ratings, scores, the predikat on
-- the common five-level scale of PermenPANRB 6/2022 and where it came from.
-- Grain: one row per employee per year per period. Key: (nip, year, periode).
-- Rules (int_appraisals_harmonised): scheme detection (domain.md §1–2, "ETL validation rules"); predikat
-- by the matrix when both ratings are present (flagging a stated predikat that disagrees), else the
-- stated predikat through the crosswalk, else the score bands. submitted_late: an annual SKP submitted
-- after `skp_annual_deadline` of the next year (SE Kepala BKN 11/2023 [?], provisional). feedback_count:
-- the export's own count, else the dialogues recorded in the period (raw_feedback), 0 when the year has
-- dialogue records but none for this employee, NULL when the year has none at all.
with

appraisals as (
    select * from int_appraisals_harmonised
),

dialogues as (
    select * from stg_ekinerja__performance_dialogues
),

scale as (
    select * from ref_predikat_scale
),

agencies as (
    select * from ref_agency
),

parameters as (
    select * from int_parameters_pivoted
),

dialogues_monthly as (
    select nip, year, month(dialogue_date) as month, count(*) as n
    from dialogues
    group by nip, year, month(dialogue_date)
),

dialogue_years as (
    select distinct year from dialogues
),

period_dialogues as (
    select
        appraisals.nip,
        appraisals.year,
        appraisals.periode,
        sum(dialogues_monthly.n) as n,
    from appraisals
    join dialogues_monthly
        on dialogues_monthly.nip = appraisals.nip
        and dialogues_monthly.year = appraisals.year
        and dialogues_monthly.month
            between month(appraisals.period_start) and month(appraisals.period_end)
    group by appraisals.nip, appraisals.year, appraisals.periode
),

final as (
    select
        appraisals.nip,
        appraisals.year,
        appraisals.periode,
        appraisals.is_annual,
        appraisals.period_start,
        appraisals.period_end,
        appraisals.scheme,
        appraisals.rating_hasil_kerja,
        appraisals.rating_perilaku,
        appraisals.nilai_skp,
        appraisals.nilai_perilaku,
        appraisals.nilai_akhir,
        appraisals.score,
        scale.label_id as predikat,
        appraisals.predikat_code,
        cast(scale.rank as integer) as predikat_rank,
        appraisals.predikat_source,
        appraisals.predikat_original,
        appraisals.predikat_raw,
        appraisals.predikat_matrix_conflict,
        appraisals.agency_code,
        agencies.name as agency_name,
        appraisals.agency_source,
        appraisals.status,
        appraisals.submitted_date,
        appraisals.approved_date,
        case when appraisals.is_annual then make_date(
            appraisals.year + 1,
            cast(split_part(parameters.skp_annual_deadline, '-', 1) as integer),
            cast(split_part(parameters.skp_annual_deadline, '-', 2) as integer)
        ) end as submission_deadline,
        cast(coalesce(
            appraisals.feedback_count_stated,
            period_dialogues.n,
            case when dialogue_years.year is not null then 0 end
        ) as integer) as feedback_count,
        case
            when appraisals.feedback_count_stated is not null then 'export'
            when dialogue_years.year is not null then 'dialogues'
        end as feedback_source,
        appraisals.nip_penilai,
    from appraisals
    cross join parameters
    left join scale on scale.code = appraisals.predikat_code
    left join agencies on agencies.code = appraisals.agency_code
    left join period_dialogues
        on period_dialogues.nip = appraisals.nip
        and period_dialogues.year = appraisals.year
        and period_dialogues.periode = appraisals.periode
    left join dialogue_years on dialogue_years.year = appraisals.year
),

flagged as (
    select
        final.* exclude (nip_penilai),
        final.submitted_date > final.submission_deadline as submitted_late,
        final.nip_penilai,
    from final
)

select * from flagged
