-- agg_talent_box: the 9-box placement (PermenPANRB 3/2020 Manajemen Talenta; domain.md §5) of each
-- employee and year where both axes are known. Kinerja: the annual rating hasil kerja (Di Bawah / Sesuai
-- / Di Atas Ekspektasi), else the annual predikat through ref_predikat_scale.nine_box_kinerja (project
-- crosswalk, provisional). Potensial: the latest assessment on or before 31 December of the year
-- (undated assessments count for every year). Box numbers come from ref_nine_box: the numbering is not
-- row-major (Di Bawah × Tinggi is 6, Di Atas × Rendah is 4); boxes 7–9 form the talent pool.
-- Grain: one row per employee per year. Key: (year, nip).
with

appraisals as (
    select * from fct_appraisals
),

assessments as (
    select * from stg_asesmen__competency_assessments
),

boxes as (
    select * from ref_nine_box
),

scale as (
    select * from ref_predikat_scale
),

potentials as (
    -- One potential per assessment date; competency rows of one assessment repeat it.
    select nip, assessed_date, mode(potensial) as potensial
    from assessments
    where potensial is not null
    group by nip, assessed_date
),

performance as (
    select
        appraisals.year,
        appraisals.nip,
        appraisals.agency_code,
        appraisals.predikat,
        coalesce(appraisals.rating_hasil_kerja, scale.nine_box_kinerja) as kinerja,
        case
            when appraisals.rating_hasil_kerja is not null then 'rating_hasil_kerja'
            when scale.nine_box_kinerja is not null then 'predikat'
        end as kinerja_source,
    from appraisals
    left join scale on scale.code = appraisals.predikat_code
    where appraisals.is_annual
),

with_potential as (
    select
        performance.*,
        potentials.potensial,
        potentials.assessed_date as potensial_date,
    from performance
    join potentials
        on potentials.nip = performance.nip
        and coalesce(potentials.assessed_date <= make_date(performance.year, 12, 31), true)
    qualify row_number() over (
        partition by performance.nip, performance.year
        order by potentials.assessed_date desc nulls last
    ) = 1
),

placed as (
    select
        with_potential.year,
        with_potential.nip,
        with_potential.agency_code,
        with_potential.kinerja,
        with_potential.kinerja_source,
        with_potential.predikat,
        with_potential.potensial,
        with_potential.potensial_date,
        cast(boxes.box as integer) as box,
        boxes.talent_pool,
        boxes.description as box_description,
    from with_potential
    join boxes
        on boxes.kinerja = with_potential.kinerja
        and boxes.potensial = with_potential.potensial
)

select * from placed
