-- int_performance_dialogues_followed: each dialog kinerja with its quarter, the competency its
-- development plan names and whether a course in that competency followed (PermenPANRB 6/2022 stage 2,
-- pengembangan kinerja; domain.md §1).
-- Grain: one row per employee per dialogue date. Key: (nip, dialogue_date).
-- period: the export's quarter (TW1–TW4), else the quarter of the dialogue date.
-- plan_competency_code: the plan's text read as a competency of the dictionary (code, name or
-- `code name`, as ref_code's `competency` list spells them), else a leading code (`M.07 - …`); an
-- action that names no competency (coaching, a posting) stays NULL.
-- followed: a completed course mapped to that competency (int_trainings_mapped) starts within
-- `plan_follow_up_months` (12, ref_loop_parameters) from the dialogue date. window_closed: that window
-- has ended by the last training date the warehouse holds, so a plan not yet followed can still be.
with

dialogues as (
    select * from stg_ekinerja__performance_dialogues
),

trainings as (
    select * from int_trainings_mapped
),

competency_codes as (
    select key, any_value(code) as code from ref_code where list = 'competency' group by key
),

parameters as (
    select * from ref_loop_parameters
),

settings as (
    select cast(max(value) filter (where parameter = 'plan_follow_up_months') as integer) as months,
    from parameters
),

completed as (
    select nip, competency_code, coalesce(start_date, end_date) as course_date, title,
    from trainings
    where is_completed and competency_code is not null and coalesce(start_date, end_date) is not null
),

data_end as (
    select max(coalesce(start_date, end_date)) as training_data_end from trainings
),

resolved as (
    select
        dialogues.nip,
        dialogues.dialogue_date,
        dialogues.year,
        coalesce(
            case when dialogues.periode in ('TW1', 'TW2', 'TW3', 'TW4') then dialogues.periode end,
            'TW' || quarter(dialogues.dialogue_date)
        ) as period,
        dialogues.periode as period_stated,
        dialogues.nip_superior,
        coalesce(dialogues.has_development_plan, false) as has_development_plan,
        dialogues.plan_competency as plan_text,
        coalesce(named.code, prefixed.code) as plan_competency_code,
        cast(dialogues.dialogue_date + to_months(settings.months) as date) as window_end,
    from dialogues
    cross join settings
    left join competency_codes as named on named.key = code_key(dialogues.plan_competency)
    left join competency_codes as prefixed
        on prefixed.key = code_key(
            regexp_extract(dialogues.plan_competency, '^\s*((?:SK|M|T)\s*\.?\s*\d{1,2})\b', 1)
        )
),

matches as (
    -- Equality join first, then the window: a plain hash join, whatever the dates.
    select
        resolved.nip,
        resolved.dialogue_date,
        min(completed.course_date) as followed_on,
        arg_min(completed.title, completed.course_date) as followed_by,
    from resolved
    join completed
        on completed.nip = resolved.nip
        and completed.competency_code = resolved.plan_competency_code
    where resolved.has_development_plan
        and completed.course_date between resolved.dialogue_date and resolved.window_end
    group by resolved.nip, resolved.dialogue_date
),

followed as (
    select resolved.*, matches.followed_on, matches.followed_by,
    from resolved
    left join matches
        on matches.nip = resolved.nip and matches.dialogue_date = resolved.dialogue_date
),

final as (
    select
        followed.* exclude (followed_on, followed_by),
        followed.has_development_plan and followed.plan_competency_code is not null
            as plan_names_competency,
        followed.followed_on is not null as followed,
        followed.followed_on,
        followed.followed_by,
        coalesce(followed.window_end <= data_end.training_data_end, false) as window_closed,
        data_end.training_data_end,
    from followed
    cross join data_end
)

select * from final
