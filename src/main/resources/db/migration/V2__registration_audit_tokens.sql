-- Members register and confirm their e-mail; administrators approve those from unknown domains; single-use
-- tokens (confirm e-mail, reset or set a password) are stored hashed; every administrative act is audited.

alter table member add column status varchar(30) default 'ACTIVE' not null;
alter table member add column email_confirmed_at timestamp with time zone;
alter table member add column helps_with varchar(500);

create sequence member_token_seq start with 50 increment by 50;
create sequence audit_entry_seq start with 50 increment by 50;

create table member_token (
    id          bigint primary key,
    member_id   bigint      not null references member (id) on delete cascade,
    purpose     varchar(30) not null,
    token_hash  varchar(64) not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone,
    constraint member_token_hash_unique unique (token_hash)
);
create index member_token_member on member_token (member_id, purpose);

create table audit_entry (
    id            bigint primary key,
    actor_id      bigint references member (id),
    action        varchar(40)  not null,
    subject_type  varchar(30)  not null,
    subject_id    varchar(60),
    detail        varchar(1000),
    created_at    timestamp with time zone not null
);
create index audit_entry_created on audit_entry (created_at);
