-- int_competency_gaps_computed: each employee's latest assessed level per competency against the level
-- their current position requires.
-- Grain: one row per employee per competency. Key: (nip, competency_code).
-- Required level: the assessment export's own standard, else ref_competency_standard for the position
-- level of the employee's latest roster snapshot (PermenPANRB 38/2017: JPT Madya 5, JPT Pratama 4,
-- Administrator 3, Pengawas 2, Pelaksana 1 for managerial and socio-cultural competencies; domain.md §4).
-- Technical competencies have no city-wide standard: without the export's own standard their gap is NULL.
-- gap = required − assessed (positive = deficit), PP 11/2017 Pasal 206 analisis kesenjangan kompetensi.
with

assessments as (
    select * from stg_asesmen__competency_assessments
),

roster as (
    select * from int_roster_snapshots_ranged
),

competencies as (
    select * from ref_competency
),

standards as (
    select * from ref_competency_standard
),

latest_assessments as (
    select *
    from assessments
    qualify row_number() over (
        partition by nip, competency_code
        order by assessed_date desc nulls last, _file_id desc, _line desc
    ) = 1
),

current_positions as (
    select nip, position_level
    from roster
    qualify row_number() over (partition by nip order by as_of desc) = 1
),

required as (
    select
        latest_assessments.nip,
        latest_assessments.competency_code,
        competencies.name_id as competency_name,
        competencies.type as competency_type,
        latest_assessments.assessed_date,
        latest_assessments.level_assessed,
        current_positions.position_level,
        cast(coalesce(latest_assessments.level_required_stated, standards.level_required) as integer)
            as level_required,
        case
            when latest_assessments.level_required_stated is not null then 'export'
            when standards.level_required is not null then 'standard'
        end as required_source,
    from latest_assessments
    left join competencies on competencies.code = latest_assessments.competency_code
    left join current_positions on current_positions.nip = latest_assessments.nip
    left join standards
        on standards.position_level = current_positions.position_level
        and standards.competency_type = competencies.type
        and coalesce(latest_assessments.assessed_date, current_date) >= standards.valid_from
        and coalesce(latest_assessments.assessed_date, current_date)
            <= coalesce(try_cast(standards.valid_to as date), date '9999-12-31')
),

gapped as (
    select
        required.*,
        cast(required.level_required - required.level_assessed as integer) as gap,
        required.level_assessed < required.level_required as below_standard,
    from required
)

select * from gapped
