-- Members follow a search and get an e-mail digest of new matches, daily or weekly.
create sequence saved_search_seq start with 50 increment by 50;

create table saved_search (
    id            bigint primary key,
    member_id     bigint       not null references member (id) on delete cascade,
    query         varchar(600) not null,
    label         varchar(200) not null,
    frequency     varchar(10)  not null,
    created_at    timestamp with time zone not null,
    last_sent_at  timestamp with time zone,
    checked_up_to timestamp with time zone not null
);
create index saved_search_member on saved_search (member_id);
