-- The seeded first revisions of the roadmap's steps took ids 1 to 8, inside the first block EclipseLink allocates
-- from roadmap_step_revision_seq (ids 1 to 50 for a sequence starting at 50, allocation size 50), so the first
-- revisions moderators made collided with them and failed. The seeded rows, the only ones without an editor, move to
-- negative ids, which no allocation reaches; nothing refers to a revision by its id.
update roadmap_step_revision set id = -id where editor_id is null and id > 0;
