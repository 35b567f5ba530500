-- int_predikat_distributions_checked: the annual predikat distribution of each agency and year, checked
-- against the SE MenPANRB 3/2023 curve (ref_distribution_curve; domain.md §1) for the agency's own
-- organisation predikat, or — for the change-readiness index only — for `curve_default_org_predikat`
-- (provisional) when no organisation rating is loaded.
-- Grain: one row per agency per year with annual appraisals, plus one city-wide row (agency_code 'ALL').
-- Key: (year, agency_code).
with

appraisals as (
    select * from int_appraisals_harmonised
),

org_ratings as (
    select * from stg_ekinerja__org_ratings
),

curve as (
    select * from ref_distribution_curve
),

parameters as (
    select * from int_parameters_pivoted
),

annual as (
    select year, agency_code, predikat_code
    from appraisals
    where is_annual
),

counts as (
    select
        year,
        case when grouping(agency_code) = 1 then 'ALL' else agency_code end as agency_code,
        cast(count(predikat_code) as integer) as n_appraised,
        cast(count(*) filter (where predikat_code = 'SANGAT_BAIK') as integer) as n_sangat_baik,
        cast(count(*) filter (where predikat_code = 'BAIK') as integer) as n_baik,
        cast(count(*) filter (where predikat_code = 'BUTUH_PERBAIKAN') as integer) as n_butuh_perbaikan,
        cast(count(*) filter (where predikat_code = 'KURANG_MISCONDUCT') as integer) as n_kurang,
        cast(count(*) filter (where predikat_code = 'SANGAT_KURANG') as integer) as n_sangat_kurang,
        cast(count(*) filter (where predikat_code is null) as integer) as n_without_predikat,
    from annual
    group by grouping sets ((year, agency_code), (year))
),

counts_by_predikat as (
    select year, agency_code, predikat_code, count(*) as n
    from annual
    where predikat_code is not null
    group by year, agency_code, predikat_code
),

rated as (
    select
        counts.*,
        org_ratings.org_predikat,
        case
            when counts.agency_code = 'ALL' then null
            else coalesce(org_ratings.org_predikat, parameters.curve_default_org_predikat)
        end as curve_org_predikat,
    from counts
    cross join parameters
    left join org_ratings
        on org_ratings.agency_code = counts.agency_code
        and org_ratings.year = counts.year
),

rules as (
    select
        org_predikat,
        rule_id,
        unnest(string_split(predikat_set, '|')) as predikat_code,
        min_share,
        max_share,
        min_count,
        max_count,
        violation,
        valid_from,
        coalesce(try_cast(valid_to as date), date '9999-12-31') as valid_to,
    from curve
),

rule_counts as (
    select
        rated.year,
        rated.agency_code,
        rated.n_appraised,
        rules.rule_id,
        rules.violation,
        any_value(rules.min_share) as min_share,
        any_value(rules.max_share) as max_share,
        any_value(rules.min_count) as min_count,
        any_value(rules.max_count) as max_count,
        coalesce(sum(counts_by_predikat.n), 0) as n_in_set,
    from rated
    join rules
        on rules.org_predikat = rated.curve_org_predikat
        and make_date(rated.year, 12, 31) between rules.valid_from and rules.valid_to
    left join counts_by_predikat
        on counts_by_predikat.year = rated.year
        and counts_by_predikat.agency_code = rated.agency_code
        and counts_by_predikat.predikat_code = rules.predikat_code
    where rated.n_appraised > 0
    group by rated.year, rated.agency_code, rated.n_appraised, rules.rule_id, rules.violation
),

rule_results as (
    select
        *,
        -- Shares are compared with a small tolerance so that exactly 70 % is within "max 70 %".
        coalesce(n_in_set / n_appraised < min_share - 1e-9, false)
            or coalesce(n_in_set / n_appraised > max_share + 1e-9, false)
            or coalesce(n_in_set < min_count, false)
            or coalesce(n_in_set > max_count, false)
            as violated,
    from rule_counts
),

rule_summary as (
    select
        year,
        agency_code,
        cast(count(*) as integer) as curve_rules_checked,
        cast(count(*) filter (where violated) as integer) as curve_rules_broken,
        string_agg(violation, '; ' order by rule_id) filter (where violated) as broken_rules,
    from rule_results
    group by year, agency_code
),

final as (
    select
        rated.*,
        rule_summary.curve_rules_checked,
        rule_summary.curve_rules_broken,
        rule_summary.broken_rules,
    from rated
    left join rule_summary
        on rule_summary.year = rated.year
        and rule_summary.agency_code = rated.agency_code
)

select * from final
