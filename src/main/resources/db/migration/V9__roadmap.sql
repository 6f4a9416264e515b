-- The learning roadmap: stages and steps curated by moderators (every edit kept as a revision), each council's own
-- roadmap built from its self-assessment, threads about a step, and when a stale case study was last chased.

create sequence council_roadmap_step_seq start with 50 increment by 50;
-- starts past the seeded revisions (ids 1 to 8): the first block handed out is 51 to 100
create sequence roadmap_step_revision_seq start with 100 increment by 50;

create table roadmap_stage (
    stage_key varchar(60)  primary key,
    name      varchar(120) not null,
    summary   varchar(600) not null,
    position  integer      not null
);

create table roadmap_step (
    step_key        varchar(60)   primary key,
    stage_key       varchar(60)   not null references roadmap_stage (stage_key),
    position        integer       not null,
    title           varchar(200)  not null,
    summary         varchar(2000) not null,
    done_looks_like varchar(2000) not null,
    evidence        varchar(2000) not null,
    dimensions      varchar(600)  not null,
    search_terms    varchar(300)  not null,
    revision        integer       not null,
    updated_at      timestamp with time zone not null,
    updated_by      bigint references member (id) on delete set null,
    version         integer       not null
);

create table roadmap_step_revision (
    id              bigint        primary key,
    step_key        varchar(60)   not null references roadmap_step (step_key) on delete cascade,
    revision        integer       not null,
    stage_key       varchar(60)   not null,
    title           varchar(200)  not null,
    summary         varchar(2000) not null,
    done_looks_like varchar(2000) not null,
    evidence        varchar(2000) not null,
    dimensions      varchar(600)  not null,
    search_terms    varchar(300)  not null,
    editor_id       bigint references member (id) on delete set null,
    created_at      timestamp with time zone not null,
    constraint roadmap_step_revision_unique unique (step_key, revision)
);

create table council_roadmap (
    council_id  bigint primary key references council (id) on delete cascade,
    based_on    bigint references assessment (id) on delete set null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    updated_by  bigint references member (id) on delete set null,
    version     integer not null
);

create table council_roadmap_step (
    id            bigint       primary key,
    council_id    bigint       not null references council_roadmap (council_id) on delete cascade,
    step_key      varchar(60)  not null references roadmap_step (step_key),
    position      integer      not null,
    status        varchar(20)  not null,
    owner_id      bigint references member (id) on delete set null,
    target_date   date,
    notes         varchar(2000),
    reason        varchar(300),
    evidence      varchar(4000),
    case_study_id bigint references case_study (id) on delete set null,
    completed_at  timestamp with time zone,
    reminded_at   timestamp with time zone,
    updated_at    timestamp with time zone not null,
    constraint council_roadmap_step_unique unique (council_id, step_key)
);
create index council_roadmap_step_due on council_roadmap_step (target_date);
create index council_roadmap_step_key on council_roadmap_step (step_key, status);

alter table thread add column step_key varchar(60) references roadmap_step (step_key) on delete set null;
create index thread_step on thread (step_key);

alter table case_study add column stale_reminded_at timestamp with time zone;

insert into category (category_key, name, description, position) values
  ('roadmap', 'The learning roadmap', 'One place per roadmap step: ask, compare notes and share what worked', 12);

insert into roadmap_stage (stage_key, name, summary, position) values
  ('people-and-permission', 'People and permission',
   'Find the people who want to change things, and the leaders who will back them.', 1),
  ('skills-and-openness', 'Skills and openness',
   'Make digital part of everyone''s job, in the office and the council chamber, and be honest about what changes.', 2),
  ('safe-to-try', 'Safe to try, and the plumbing fixed',
   'Make trying new things safe, and clear the old systems, compliance and funding that block the way.', 3);

insert into roadmap_step (step_key, stage_key, position, title, summary, done_looks_like, evidence, dimensions,
                          search_terms, revision, updated_at, version) values
  ('pioneers-group', 'people-and-permission', 1, 'Let early adopters lead, and pull others up',
   'Every council has people already trying digital tools in their own time. Bring them together in a working group from across services, give them a little time, and ask them to coach colleagues rather than work alone.',
   'A working group of pioneers from several services meets regularly, has a named sponsor, and runs sessions where colleagues learn from them.',
   'The group''s membership and meeting notes; sessions run and who came; examples of colleagues who took up a tool after a session.',
   'leadership-strategy,culture-risk,skills-confidence', 'pioneers working group early adopters champions', 1, current_timestamp, 0),
  ('senior-backing', 'people-and-permission', 2, 'Secure backing from the top',
   'Pioneers stall when they reach a layer of management that does not understand or trust what they do. A senior sponsor and an agreed strategy stop good work hitting that ceiling.',
   'A named senior leader owns digital change, the cabinet or a committee has agreed a digital strategy, and pioneers know who to go to when they are blocked.',
   'The agreed strategy and the decision that approved it; the sponsor''s name; a blocker the sponsor removed.',
   'leadership-strategy,culture-risk', 'senior sponsor leadership digital strategy chief executive', 1, current_timestamp, 0),
  ('digital-in-every-role', 'skills-and-openness', 1, 'Build digital skills into every role',
   'Skills grow when they are expected and rewarded: put digital competencies into job descriptions, recruitment and appraisals, and give people time to learn.',
   'Job descriptions and appraisals name the digital skills each role needs, and training is there for people to reach them.',
   'A sample job description and appraisal form; take-up of training; a skills survey repeated a year apart.',
   'skills-confidence', 'digital skills training staff recruitment appraisal competencies', 1, current_timestamp, 0),
  ('social-media-office-chamber', 'skills-and-openness', 2, 'Use social media in the office and the council chamber',
   'Social media is where residents already talk. Let staff and councillors use it with clear, light guidance, and open up meetings with webcasts and live updates.',
   'Staff and councillors have guidance and support to use social media for council business, and council meetings can be followed online.',
   'The guidance; the number of services and councillors posting; webcast audiences; questions from residents answered online.',
   'democratic-engagement,culture-risk', 'social media councillors webcast council meetings', 1, current_timestamp, 0),
  ('open-about-channel-shift', 'skills-and-openness', 3, 'Be open with staff about channel shift',
   'Moving services online changes jobs. Say so early and honestly: which services move, what happens to the work, and what skills people will need.',
   'Staff hear about planned channel shift before it happens, know what it means for their role, and have a way to raise worries.',
   'Staff briefings and what was asked in them; a plan for the skills affected roles need; staff survey results.',
   'services-online,skills-confidence', 'channel shift moving services online staff', 1, current_timestamp, 0),
  ('staff-digital-inclusion', 'skills-and-openness', 4, 'Treat staff digital inclusion as seriously as residents''',
   'Some staff are as far from digital as the residents the council worries about. Include them in digital inclusion work: devices, basic skills, and confidence.',
   'Staff who lack devices, access or basic skills are offered help, and the council knows how many it has reached.',
   'The offer to staff; how many took it up; a follow-up on their confidence.',
   'digital-inclusion,skills-confidence', 'digital inclusion staff residents skills devices', 1, current_timestamp, 0),
  ('name-risks-openly', 'safe-to-try', 1, 'Name risks openly, and back each other''s leaps of faith',
   'Fear of failure stops more projects than any technology. Say what could go wrong, try things small, and let councils that took the leap tell others how it went.',
   'New projects start as small pilots with their risks written down, and the council shares what it learned whether they worked or not.',
   'A pilot''s risk log and review; a case study of something that was stopped, and why.',
   'culture-risk,leadership-strategy', 'risk pilot innovation fail fast lessons learned', 1, current_timestamp, 0),
  ('fix-the-plumbing', 'safe-to-try', 2, 'Fix the plumbing: old systems, the PSN and funding the first step',
   'Old systems, network compliance and the lack of money up front hold back good ideas. Plan the way off legacy contracts, keep compliance in hand, and find the funding for a first step that pays for the next.',
   'There is a plan for each legacy system that blocks change, compliance is current, and the first step has funding with savings tracked.',
   'The legacy systems plan; the compliance certificate; the business case and the savings recorded.',
   'technology-legacy,funding-investment,data-openness', 'legacy systems PSN compliance funding invest to save', 1, current_timestamp, 0);

insert into roadmap_step_revision (id, step_key, revision, stage_key, title, summary, done_looks_like, evidence,
                                   dimensions, search_terms, created_at)
select row_number() over (order by step_key), step_key, 1, stage_key, title, summary, done_looks_like, evidence,
       dimensions, search_terms, updated_at from roadmap_step;
