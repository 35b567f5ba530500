-- agg_training_effect: DESCRIPTIVE, NOT CAUSAL — how the participants of a training programme (and of
-- all courses in one competency) fared in the year before and the year after, next to comparable
-- non-participants. Differences can come from who was sent, not from the course.
-- Grain: one row per year per grouping ('programme' = one course title, by its code_key;
-- 'competency' = every course int_trainings_mapped maps to it) per group. Key: (year, grouping,
-- group_code).
-- Participants: employees who completed a course of the group in `year`. Comparison: employees active
-- that year in the same agency and position kind (jenis_jabatan, the roster valid on 31 December) as
-- at least one participant, who completed no course of the group in year − 1 … year + 1 (pooled, not
-- weighted or matched on earlier performance: the project's documented choice). For each side, in
-- year − 1 (before) and year + 1 (after): annual appraisals with a predikat (`_rated`) and those
-- Sangat Baik or Baik (`_baik_plus`), as in share_baik_or_better; employees with attendance records
-- (`_with_attendance`) and those in a PP 94/2021 risk band (`_in_band`, agg_discipline_employee_year,
-- a risk indicator, not a sanction). small_n: fewer participants than `small_cell_minimum`.
with

trainings as (
    select * from int_trainings_mapped
),

employee_years as (
    select * from int_employee_years_active
),

roster as (
    select * from int_roster_snapshots_ranged
),

appraisals as (
    select * from fct_appraisals
),

discipline as (
    select * from agg_discipline_employee_year
),

competencies as (
    select * from ref_competency
),

parameters as (
    select * from int_parameters_pivoted
),

completions as (
    select distinct 'programme' as grouping, programme_key as group_code, nip, year,
    from trainings
    where is_completed and year is not null
    union
    select distinct 'competency', competency_code, nip, year,
    from trainings
    where is_completed and year is not null and competency_code is not null
),

programme_labels as (
    select
        programme_key as group_code,
        mode(title) as group_label,
        mode(competency_code) as competency_code,
    from trainings
    group by programme_key
),

placed as (
    -- Agency and position kind of each employee-year.
    select employee_years.nip, employee_years.year, employee_years.agency_code, roster.jenis_jabatan,
    from employee_years
    left join roster
        on roster.nip = employee_years.nip
        and make_date(employee_years.year, 12, 31) between roster.valid_from and roster.valid_to
),

outcomes as (
    select
        coalesce(annual.nip, discipline.nip) as nip,
        coalesce(annual.year, discipline.year) as year,
        annual.predikat_code in ('SANGAT_BAIK', 'BAIK') as baik_plus,
        discipline.pp94_level <> 'none' as in_band,
    from (select * from appraisals where is_annual and predikat_code is not null) as annual
    full outer join discipline on discipline.nip = annual.nip and discipline.year = annual.year
),

participants as (
    select completions.grouping, completions.group_code, completions.year, completions.nip,
        placed.agency_code, placed.jenis_jabatan,
    from completions
    left join placed on placed.nip = completions.nip and placed.year = completions.year
),

cells as (
    select distinct grouping, group_code, year, agency_code, jenis_jabatan,
    from participants
    where agency_code is not null and jenis_jabatan is not null
),

comparison as (
    select cells.grouping, cells.group_code, cells.year, placed.nip,
    from cells
    join placed
        on placed.year = cells.year
        and placed.agency_code = cells.agency_code
        and placed.jenis_jabatan = cells.jenis_jabatan
    anti join completions
        on completions.grouping = cells.grouping
        and completions.group_code = cells.group_code
        and completions.nip = placed.nip
        and completions.year between cells.year - 1 and cells.year + 1
),

sides as (
    select grouping, group_code, year, nip, 'participants' as side, from participants
    union all
    select grouping, group_code, year, nip, 'comparison', from comparison
),

measured as (
    select
        sides.grouping,
        sides.group_code,
        sides.year,
        sides.side,
        count(distinct sides.nip) as n,
        count(before.baik_plus) as before_rated,
        count(*) filter (where before.baik_plus) as before_baik_plus,
        count(after.baik_plus) as after_rated,
        count(*) filter (where after.baik_plus) as after_baik_plus,
        count(before.in_band) as before_with_attendance,
        count(*) filter (where before.in_band) as before_in_band,
        count(after.in_band) as after_with_attendance,
        count(*) filter (where after.in_band) as after_in_band,
    from sides
    left join outcomes as before on before.nip = sides.nip and before.year = sides.year - 1
    left join outcomes as after on after.nip = sides.nip and after.year = sides.year + 1
    group by all
),

pivoted as (
    select
        year,
        grouping,
        group_code,
        cast(any_value(n) filter (where side = 'participants') as integer) as n_participants,
        cast(any_value(before_rated) filter (where side = 'participants') as integer)
            as participants_before_rated,
        cast(any_value(before_baik_plus) filter (where side = 'participants') as integer)
            as participants_before_baik_plus,
        cast(any_value(after_rated) filter (where side = 'participants') as integer)
            as participants_after_rated,
        cast(any_value(after_baik_plus) filter (where side = 'participants') as integer)
            as participants_after_baik_plus,
        cast(any_value(before_with_attendance) filter (where side = 'participants') as integer)
            as participants_before_with_attendance,
        cast(any_value(before_in_band) filter (where side = 'participants') as integer)
            as participants_before_in_band,
        cast(any_value(after_with_attendance) filter (where side = 'participants') as integer)
            as participants_after_with_attendance,
        cast(any_value(after_in_band) filter (where side = 'participants') as integer)
            as participants_after_in_band,
        cast(coalesce(any_value(n) filter (where side = 'comparison'), 0) as integer) as n_comparison,
        cast(coalesce(any_value(before_rated) filter (where side = 'comparison'), 0) as integer)
            as comparison_before_rated,
        cast(coalesce(any_value(before_baik_plus) filter (where side = 'comparison'), 0) as integer)
            as comparison_before_baik_plus,
        cast(coalesce(any_value(after_rated) filter (where side = 'comparison'), 0) as integer)
            as comparison_after_rated,
        cast(coalesce(any_value(after_baik_plus) filter (where side = 'comparison'), 0) as integer)
            as comparison_after_baik_plus,
        cast(coalesce(any_value(before_with_attendance) filter (where side = 'comparison'), 0)
            as integer) as comparison_before_with_attendance,
        cast(coalesce(any_value(before_in_band) filter (where side = 'comparison'), 0) as integer)
            as comparison_before_in_band,
        cast(coalesce(any_value(after_with_attendance) filter (where side = 'comparison'), 0)
            as integer) as comparison_after_with_attendance,
        cast(coalesce(any_value(after_in_band) filter (where side = 'comparison'), 0) as integer)
            as comparison_after_in_band,
    from measured
    group by year, grouping, group_code
),

final as (
    select
        pivoted.year,
        pivoted.grouping,
        pivoted.group_code,
        case pivoted.grouping
            when 'programme' then programme_labels.group_label
            else competencies.name_id
        end as group_label,
        case pivoted.grouping
            when 'programme' then programme_labels.competency_code
            else pivoted.group_code
        end as competency_code,
        pivoted.n_participants,
        pivoted.n_comparison,
        pivoted.participants_before_rated,
        pivoted.participants_before_baik_plus,
        pivoted.participants_before_baik_plus / nullif(pivoted.participants_before_rated, 0)
            as participants_before_share_baik_plus,
        pivoted.participants_after_rated,
        pivoted.participants_after_baik_plus,
        pivoted.participants_after_baik_plus / nullif(pivoted.participants_after_rated, 0)
            as participants_after_share_baik_plus,
        pivoted.participants_before_with_attendance,
        pivoted.participants_before_in_band,
        pivoted.participants_before_in_band / nullif(pivoted.participants_before_with_attendance, 0)
            as participants_before_share_band,
        pivoted.participants_after_with_attendance,
        pivoted.participants_after_in_band,
        pivoted.participants_after_in_band / nullif(pivoted.participants_after_with_attendance, 0)
            as participants_after_share_band,
        pivoted.comparison_before_rated,
        pivoted.comparison_before_baik_plus,
        pivoted.comparison_before_baik_plus / nullif(pivoted.comparison_before_rated, 0)
            as comparison_before_share_baik_plus,
        pivoted.comparison_after_rated,
        pivoted.comparison_after_baik_plus,
        pivoted.comparison_after_baik_plus / nullif(pivoted.comparison_after_rated, 0)
            as comparison_after_share_baik_plus,
        pivoted.comparison_before_with_attendance,
        pivoted.comparison_before_in_band,
        pivoted.comparison_before_in_band / nullif(pivoted.comparison_before_with_attendance, 0)
            as comparison_before_share_band,
        pivoted.comparison_after_with_attendance,
        pivoted.comparison_after_in_band,
        pivoted.comparison_after_in_band / nullif(pivoted.comparison_after_with_attendance, 0)
            as comparison_after_share_band,
        pivoted.n_participants < parameters.small_cell_minimum as small_n,
        'descriptive' as reading,
    from pivoted
    cross join parameters
    left join programme_labels
        on pivoted.grouping = 'programme' and programme_labels.group_code = pivoted.group_code
    left join competencies on competencies.code = pivoted.group_code
)

select * from final
