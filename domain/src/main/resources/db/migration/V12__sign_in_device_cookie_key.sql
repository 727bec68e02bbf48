-- Keys the application signs with, made at first use and kept here so that every node and every restart signs alike.
-- One row today: 'device-cookie', the HMAC-SHA256 key of the device cookies that sign-in issues (the bpmn module's
-- identity.DeviceCookieKey). Deleting the row makes every device cookie invalid once the nodes have restarted.
create table signing_key (
    name       varchar(50)  not null primary key,
    secret     varchar(100) not null,
    created_at timestamp with time zone not null
);
