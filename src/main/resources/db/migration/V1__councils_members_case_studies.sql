-- Councils, members, case studies and their revisions, and the search outbox.
-- Written once for both H2 2.x and PostgreSQL 15+: varchar without a length is unbounded in both.
-- Sequences step by 50 to match the entities' allocationSize.

create sequence council_seq start with 50 increment by 50;
create sequence member_seq start with 50 increment by 50;
create sequence api_token_seq start with 50 increment by 50;
create sequence case_study_seq start with 50 increment by 50;
create sequence case_study_revision_seq start with 50 increment by 50;
create sequence search_event_seq start with 50 increment by 50;

create table council (
    id          bigint primary key,
    code        varchar(9)   not null,
    name        varchar(200) not null,
    type        varchar(40)  not null,
    region      varchar(60)  not null,
    population  integer,
    website     varchar(300),
    sample      boolean      not null default false,
    created_at  timestamp with time zone not null,
    version     integer      not null,
    constraint council_code_unique unique (code)
);

create table council_domain (
    council_id  bigint       not null references council (id) on delete cascade,
    domain      varchar(253) not null,
    constraint council_domain_unique unique (domain)
);

create table member (
    id             bigint primary key,
    email          varchar(254) not null,
    name           varchar(120) not null,
    job_title      varchar(120),
    password_hash  varchar(500) not null,
    council_id     bigint references council (id),
    created_at     timestamp with time zone not null,
    version        integer not null,
    constraint member_email_unique unique (email)
);

create table member_role (
    member_id  bigint      not null references member (id) on delete cascade,
    role       varchar(30) not null,
    constraint member_role_unique unique (member_id, role)
);

create table api_token (
    id           bigint primary key,
    member_id    bigint       not null references member (id) on delete cascade,
    name         varchar(100) not null,
    token_hash   varchar(64)  not null,
    created_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone,
    constraint api_token_hash_unique unique (token_hash)
);

create table case_study (
    id                 bigint primary key,
    council_id         bigint        not null references council (id),
    title              varchar(200)  not null,
    summary            varchar(1000) not null,
    body_source        varchar       not null,
    body_html          varchar       not null,
    sanitiser_version  integer       not null,
    project_status     varchar(20)   not null,
    editorial_state    varchar(20)   not null,
    cost_pounds        numeric(14, 2),
    funding_source     varchar(300),
    partners           varchar(500),
    contact_name       varchar(120),
    contact_email      varchar(254),
    started_on         date,
    ended_on           date,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    published_at       timestamp with time zone,
    withdrawn_at       timestamp with time zone,
    version            integer not null
);
create index case_study_council on case_study (council_id);
create index case_study_state_published on case_study (editorial_state, published_at);

create table case_study_theme (
    case_study_id  bigint      not null references case_study (id) on delete cascade,
    theme          varchar(60) not null,
    constraint case_study_theme_unique unique (case_study_id, theme)
);
create index case_study_theme_theme on case_study_theme (theme);

create table case_study_barrier (
    case_study_id  bigint      not null references case_study (id) on delete cascade,
    barrier        varchar(40) not null,
    constraint case_study_barrier_unique unique (case_study_id, barrier)
);
create index case_study_barrier_barrier on case_study_barrier (barrier);

create table case_study_outcome (
    case_study_id  bigint       not null references case_study (id) on delete cascade,
    position       integer      not null,
    description    varchar(500) not null,
    figure         numeric(18, 2),
    unit           varchar(60),
    constraint case_study_outcome_unique unique (case_study_id, position)
);

-- Every save of a case study: who, when, and the content as it was (JSON), so nothing is ever overwritten.
create table case_study_revision (
    id             bigint primary key,
    case_study_id  bigint      not null references case_study (id) on delete cascade,
    number         integer     not null,
    action         varchar(20) not null,
    editor_id      bigint references member (id),
    created_at     timestamp with time zone not null,
    snapshot       varchar     not null,
    constraint case_study_revision_unique unique (case_study_id, number)
);

-- The search outbox (DESIGN.md, "Search: the index is derived data").
create table search_event (
    id           bigint primary key,
    entity_type  varchar(30) not null,
    entity_id    bigint      not null,
    created_at   timestamp with time zone not null
);
