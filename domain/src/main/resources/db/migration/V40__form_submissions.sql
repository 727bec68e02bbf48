-- The forms each user has sent, by their one-time token (web.submission): a form sent twice — a double click, a
-- reload, a second tab, or the same session's request on another node — is handled once. The primary key makes the
-- first arrival win on every node; the rows are a day's memory, deleted after that.
create table form_submission (
    owner_id   varchar(100)  not null,
    token      varchar(64)   not null,
    outcome    varchar(2000),
    arrived_at timestamp     not null,
    constraint pk_form_submission primary key (owner_id, token)
);
create index ix_form_submission_arrived on form_submission (arrived_at);
