-- Discussion: categories, threads, posts numbered within their thread, revisions, helpful reactions, flags,
-- idempotency keys for retried posts, and suspensions of members.

create sequence thread_seq start with 50 increment by 50;
create sequence post_seq start with 50 increment by 50;
create sequence post_revision_seq start with 50 increment by 50;
create sequence post_flag_seq start with 50 increment by 50;

create table category (
    category_key varchar(60)  primary key,
    name         varchar(120) not null,
    description  varchar(300) not null,
    position     integer      not null
);

insert into category (category_key, name, description, position) values
  ('getting-started', 'Getting started', 'Introductions, questions about Council Commons, where to begin', 1),
  ('up-front-funding', 'Up-front funding', 'Finding the money for the first step, business cases, invest to save', 2),
  ('legacy-systems', 'Legacy systems', 'Old systems, contracts, integration and replacing what holds you back', 3),
  ('digital-inclusion', 'Digital inclusion', 'Helping residents and staff get online and stay confident', 4),
  ('psn-compliance', 'PSN compliance', 'The Public Services Network, security and assurance', 5),
  ('cultural-resistance', 'Cultural resistance', 'Bringing colleagues with you; change that sticks', 6),
  ('skills', 'Skills', 'Skills and confidence of councillors, senior officers and staff', 7),
  ('attitude-to-risk', 'Attitude to risk', 'Naming risks openly and supporting each other''s leaps of faith', 8),
  ('social-media', 'Social media', 'Social media in the office and the council chamber', 9),
  ('channel-shift', 'Channel shift', 'Moving services online and being open with staff about it', 10),
  ('democracy', 'Democratic engagement', 'Webcasting meetings, consultation and engaging residents', 11);

create table thread (
    id             bigint primary key,
    category_key   varchar(60)  not null references category (category_key),
    title          varchar(200) not null,
    author_id      bigint references member (id) on delete set null,
    case_study_id  bigint references case_study (id) on delete set null,
    council_id     bigint references council (id) on delete set null,
    barrier        varchar(40),
    created_at     timestamp with time zone not null,
    last_posted_at timestamp with time zone not null,
    post_count     integer not null,
    accepted_post  integer,
    locked         boolean not null default false,
    pinned         boolean not null default false,
    version        integer not null
);
create index thread_category on thread (category_key, pinned, last_posted_at);
create index thread_case_study on thread (case_study_id);

create table post (
    id             bigint primary key,
    thread_id      bigint  not null references thread (id) on delete cascade,
    post_number    integer not null,
    author_id      bigint references member (id) on delete set null,
    raw            varchar(20000) not null,
    html           varchar(60000) not null,
    render_version integer not null,
    reply_to       integer,
    created_at     timestamp with time zone not null,
    edited_at      timestamp with time zone,
    deleted_at     timestamp with time zone,
    hidden         boolean not null default false,
    hidden_reason  varchar(300),
    helpful_count  integer not null default 0,
    version        integer not null,
    constraint post_number_unique unique (thread_id, post_number)
);

create table post_revision (
    id         bigint primary key,
    post_id    bigint  not null references post (id) on delete cascade,
    revision   integer not null,
    editor_id  bigint references member (id) on delete set null,
    raw        varchar(20000) not null,
    created_at timestamp with time zone not null
);
create index post_revision_post on post_revision (post_id);

create table post_helpful (
    post_id   bigint not null references post (id) on delete cascade,
    member_id bigint not null references member (id) on delete cascade,
    primary key (post_id, member_id)
);

create table post_flag (
    id          bigint primary key,
    post_id     bigint not null references post (id) on delete cascade,
    member_id   bigint not null references member (id) on delete cascade,
    reason      varchar(300) not null,
    created_at  timestamp with time zone not null,
    resolved_at timestamp with time zone,
    resolved_by bigint references member (id) on delete set null,
    outcome     varchar(20),
    constraint post_flag_once unique (post_id, member_id)
);
create index post_flag_open on post_flag (resolved_at);

create table idempotent_post (
    member_id  bigint      not null references member (id) on delete cascade,
    idem_key   varchar(100) not null,
    thread_id  bigint      not null,
    post_id    bigint      not null,
    created_at timestamp with time zone not null,
    primary key (member_id, idem_key)
);

alter table member add column suspended_until timestamp with time zone;
alter table member add column suspension_reason varchar(300);
