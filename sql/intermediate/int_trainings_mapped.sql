-- int_trainings_mapped: each training with its programme key (code_key of the title, so spellings of
-- one course meet) and the competency it develops, from ref_training_competency: the longest
-- `title_contains` found in the title wins. The mapping is the project's reading of the course
-- catalogue, not a regulation (provisional); a course it does not cover has no competency.
-- Grain: one row per employee per training per start date. Key: (nip, title, start_date).
with

trainings as (
    select * from int_trainings_measured
),

mapping as (
    select *, code_key(title_contains) as fragment_key, from ref_training_competency
),

programmes as (
    -- A few dozen distinct titles: each is matched against the fragments once, not once per record.
    select distinct code_key(title) as programme_key from trainings
),

programme_competencies as (
    select programmes.programme_key, mapping.competency_code,
    from programmes
    left join mapping on contains(programmes.programme_key, mapping.fragment_key)
    qualify row_number() over (
        partition by programmes.programme_key
        order by length(mapping.fragment_key) desc nulls last, mapping.competency_code
    ) = 1
),

mapped as (
    select
        trainings.*,
        code_key(trainings.title) as programme_key,
        programme_competencies.competency_code,
    from trainings
    left join programme_competencies
        on programme_competencies.programme_key = code_key(trainings.title)
)

select * from mapped
