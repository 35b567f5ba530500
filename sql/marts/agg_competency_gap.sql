-- agg_competency_gap: per employee and competency, the level the current position requires, the latest
-- assessed level and the gap (required − assessed; positive = below standard), with the employee's Job
-- Person Match: JPM = Σ assessed ÷ Σ required × 100 % over the competencies that have both, and its
-- category (ref_jpm_category: Memenuhi Syarat ≥ 80 %, Masih Memenuhi Syarat 68–<80 %, Kurang Memenuhi
-- Syarat < 68 %; domain.md §4). Standards by position level: ref_competency_standard (PermenPANRB
-- 38/2017; fungsional levels provisional).
-- Grain: one row per employee per competency. Key: (nip, competency_code).
with

gaps as (
    select * from int_competency_gaps_computed
),

employees as (
    select * from dim_employees
),

categories as (
    select * from ref_jpm_category
),

jpm as (
    select
        nip,
        sum(level_assessed) filter (where level_required is not null) as sum_assessed,
        sum(level_required) filter (where level_assessed is not null) as sum_required,
    from gaps
    group by nip
),

jpm_scored as (
    select
        jpm.nip,
        case when jpm.sum_required > 0 then
            round(100.0 * jpm.sum_assessed / jpm.sum_required, 2)
        end as jpm_pct,
    from jpm
),

jpm_categorised as (
    select
        jpm_scored.*,
        categories.category as jpm_category,
        categories.label_id as jpm_category_label,
    from jpm_scored
    left join categories
        on (categories.min_pct is null or jpm_scored.jpm_pct >= categories.min_pct)
        and (categories.max_pct is null or jpm_scored.jpm_pct < categories.max_pct)
),

final as (
    select
        gaps.nip,
        employees.agency_code,
        gaps.competency_code,
        gaps.competency_name,
        gaps.competency_type,
        gaps.assessed_date,
        gaps.position_level,
        gaps.level_required,
        gaps.required_source,
        gaps.level_assessed,
        gaps.gap,
        gaps.below_standard,
        jpm_categorised.jpm_pct,
        jpm_categorised.jpm_category,
        jpm_categorised.jpm_category_label,
    from gaps
    left join employees on employees.nip = gaps.nip
    left join jpm_categorised on jpm_categorised.nip = gaps.nip
)

select * from final
