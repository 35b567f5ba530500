-- agg_performance_agency_year: the annual predikat distribution per agency and year, plus a city-wide
-- row (agency_code 'ALL'), and whether the agency's distribution respects the SE MenPANRB 3/2023 curve
-- for its organisation predikat (domain.md §1).
-- Grain: one row per agency per year with annual appraisals, plus one 'ALL' row per year.
-- Key: (year, agency_code). Annual appraisals only (periode 'TAHUNAN'); legacy schemes are on the
-- common scale through the crosswalk. n_appraised counts appraisals with a predikat, so
-- n_appraised = n_sangat_baik + n_baik + n_butuh_perbaikan + n_kurang + n_sangat_kurang; n_kurang counts
-- Kurang/Misconduct. curve_ok is NULL when the agency has no organisation rating for the year (and on
-- the city row); the curve bands are from a secondary source and provisional. small_cell: fewer than
-- `small_cell_minimum` appraised — suppress in published breakdowns.
with

distributions as (
    select * from int_predikat_distributions_checked
),

agencies as (
    select * from ref_agency
),

parameters as (
    select * from int_parameters_pivoted
),

final as (
    select
        distributions.year,
        distributions.agency_code,
        case
            when distributions.agency_code = 'ALL' then 'Kota Bukittinggi'
            else agencies.name
        end as agency_name,
        distributions.n_appraised,
        distributions.n_sangat_baik,
        distributions.n_baik,
        distributions.n_butuh_perbaikan,
        distributions.n_kurang,
        distributions.n_sangat_kurang,
        case when distributions.n_appraised > 0 then
            (distributions.n_sangat_baik + distributions.n_baik) / distributions.n_appraised
        end as share_baik_or_better,
        distributions.n_without_predikat,
        distributions.org_predikat,
        case when distributions.org_predikat is not null and distributions.n_appraised > 0 then
            distributions.curve_rules_broken = 0
        end as curve_ok,
        case when distributions.org_predikat is not null then distributions.broken_rules end
            as curve_violations,
        distributions.n_appraised < parameters.small_cell_minimum as small_cell,
    from distributions
    cross join parameters
    left join agencies on agencies.code = distributions.agency_code
)

select * from final
