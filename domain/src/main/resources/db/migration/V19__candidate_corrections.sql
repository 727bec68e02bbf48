-- Issue 16: a candidate's personal data can be corrected from the dossier. Two people correcting the same candidate
-- at once must not overwrite each other unseen, so the candidate gets the optimistic-locking version its trajectory
-- already has (V1).
alter table candidate add column version bigint default 0 not null;
