-- Following and notifications: what each member watches, their notifications, how they want e-mail, and how far
-- they have read each thread.

create sequence notification_seq start with 50 increment by 50;

create table watch (
    member_id   bigint      not null references member (id) on delete cascade,
    target_type varchar(10) not null,
    target_key  varchar(60) not null,
    created_at  timestamp with time zone not null,
    primary key (member_id, target_type, target_key)
);
create index watch_target on watch (target_type, target_key);

create table notification (
    id          bigint primary key,
    member_id   bigint       not null references member (id) on delete cascade,
    kind        varchar(20)  not null,
    thread_id   bigint       not null references thread (id) on delete cascade,
    post_number integer      not null,
    actor_id    bigint references member (id) on delete set null,
    summary     varchar(300) not null,
    created_at  timestamp with time zone not null,
    read_at     timestamp with time zone,
    emailed_at  timestamp with time zone
);
create index notification_member on notification (member_id, read_at);
create index notification_unsent on notification (emailed_at);

create table notification_setting (
    member_id      bigint primary key references member (id) on delete cascade,
    email          varchar(10) not null,
    last_digest_at timestamp with time zone
);

create table thread_read (
    member_id   bigint  not null references member (id) on delete cascade,
    thread_id   bigint  not null references thread (id) on delete cascade,
    last_read   integer not null,
    primary key (member_id, thread_id)
);
