-- Rebuilding the search index walks published case studies in id order, a page at a time.
create index case_study_state_id on case_study (editorial_state, id);
