-- Moderators curate the roadmap's stages as they do its steps: every edit of a stage's name or summary is kept.

create sequence roadmap_stage_revision_seq start with 100 increment by 50;

alter table roadmap_stage add column revision integer default 1 not null;
alter table roadmap_stage add column updated_at timestamp with time zone;
alter table roadmap_stage add column updated_by bigint references member (id) on delete set null;
alter table roadmap_stage add column version integer default 0 not null;
update roadmap_stage set updated_at = current_timestamp;

create table roadmap_stage_revision (
    id         bigint       primary key,
    stage_key  varchar(60)  not null references roadmap_stage (stage_key) on delete cascade,
    revision   integer      not null,
    name       varchar(120) not null,
    summary    varchar(600) not null,
    editor_id  bigint references member (id) on delete set null,
    created_at timestamp with time zone not null,
    constraint roadmap_stage_revision_unique unique (stage_key, revision)
);

insert into roadmap_stage_revision (id, stage_key, revision, name, summary, created_at)
select position, stage_key, 1, name, summary, updated_at from roadmap_stage;
