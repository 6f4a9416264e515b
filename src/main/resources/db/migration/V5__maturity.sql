-- Maturity self-assessments (drafts and submissions, each with the model version it answered), each council's
-- sharing choice, and links between councils.

create sequence assessment_seq start with 50 increment by 50;
create sequence council_link_seq start with 50 increment by 50;

create table assessment (
    id             bigint primary key,
    council_id     bigint      not null references council (id) on delete cascade,
    -- the council's id while this is its open draft, else null: at most one draft per council
    draft_of       bigint,
    latest         boolean     not null default false,
    model_version  varchar(20) not null,
    state          varchar(12) not null,
    method         varchar(12) not null,
    started_by     bigint references member (id) on delete set null,
    submitted_by   bigint references member (id) on delete set null,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    submitted_at   timestamp with time zone,
    version        integer     not null,
    constraint assessment_one_draft unique (draft_of)
);
create index assessment_council on assessment (council_id, state, submitted_at);
create index assessment_latest on assessment (latest);

create table assessment_level (
    assessment_id  bigint      not null references assessment (id) on delete cascade,
    dimension      varchar(60) not null,
    maturity_level integer     not null,
    primary key (assessment_id, dimension)
);

create table assessment_answer (
    assessment_id  bigint      not null references assessment (id) on delete cascade,
    statement      varchar(80) not null,
    answer         varchar(8)  not null,
    primary key (assessment_id, statement)
);

create table maturity_sharing (
    council_id  bigint      primary key references council (id) on delete cascade,
    sharing     varchar(10) not null,
    updated_by  bigint references member (id) on delete set null,
    updated_at  timestamp with time zone not null,
    version     integer     not null
);

create table council_link (
    id               bigint primary key,
    from_council_id  bigint      not null references council (id) on delete cascade,
    to_council_id    bigint      not null references council (id) on delete cascade,
    state            varchar(10) not null,
    message          varchar(1000),
    requested_by     bigint references member (id) on delete set null,
    answered_by      bigint references member (id) on delete set null,
    requested_at     timestamp with time zone not null,
    answered_at      timestamp with time zone,
    version          integer     not null
);
create index council_link_from on council_link (from_council_id, state);
create index council_link_to on council_link (to_council_id, state);
