-- Learning sets: one discussion space per maturity stage, for councils at that stage (maturity cohorts).
alter table category add column stage integer;

insert into category (category_key, name, description, position, stage) values
  ('learning-set-1', 'Learning set: starting', 'Councils at stage 1 compare notes on first steps', 21, 1),
  ('learning-set-2', 'Learning set: developing', 'Councils at stage 2 compare notes on what works next', 22, 2),
  ('learning-set-3', 'Learning set: established', 'Councils at stage 3 compare notes on scaling up', 23, 3),
  ('learning-set-4', 'Learning set: advanced', 'Councils at stage 4 compare notes on leading change', 24, 4),
  ('learning-set-5', 'Learning set: leading', 'Councils at stage 5 compare notes on helping others', 25, 5);
