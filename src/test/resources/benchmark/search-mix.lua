-- wrk script: realistic search traffic against GET /api/v1/search (see README, "Benchmarks").
-- Requests are built from the synthetic corpus's own vocabulary (Synthetic.java) and officers' phrases: one to three
-- words, a facet filter or date order on some, pages 1-3. Every wrk thread builds the same list of distinct
-- requests (seeded, so runs are comparable), then, by the first argument after "--":
--   zipf [n]      draws from the first n requests (default 5000) with probability 1/rank: a few popular searches
--                 and a long tail, as a site search sees; the result cache helps with the head
--   distinct [n] [threads]  walks through n requests (default 100000), each of the wrk threads (default 2, as
--                 with -t2) its own share, so no request repeats within a run shorter than n requests: the cache
--                 cannot help
-- wrk -t2 -c32 -d30s --latency -s src/test/resources/benchmark/search-mix.lua http://127.0.0.1:8580 -- zipf 5000

local area = {"bins", "recycling", "collection", "missed", "garden", "fly-tipping", "depot", "bulky", "food",
  "council tax", "bills", "arrears", "direct debit", "discount", "single person", "reminders", "exemptions",
  "tenants", "repairs", "damp", "mould", "boilers", "void properties", "contractors", "heating",
  "carers", "care packages", "assessments", "reablement", "home care", "safeguarding", "hospital discharge",
  "libraries", "books", "volunteers", "reading", "e-books", "storytime", "study spaces",
  "planning applications", "householder", "objections", "appeals", "conservation",
  "parking permits", "penalty notices", "wardens", "cashless", "young people", "NEET", "apprenticeships",
  "careers", "mentoring", "school leavers", "councillors", "cabinet", "committee meetings", "webcast", "livestream",
  "elections", "petitions", "scrutiny", "universal credit", "hardship", "debt", "school admissions", "catchment",
  "taxis", "alcohol", "premises", "potholes", "streetlights", "gritting", "leisure centres", "swimming",
  "food hygiene", "noise complaints", "pest control", "air quality", "births", "marriages", "citizenship"}
local tech = {"website", "navigation", "self-service", "online forms", "payments", "workflow", "CRM",
  "case management", "legacy system", "migration", "supplier", "mobile app", "notifications", "smartphone",
  "contact centre", "telephony", "call volumes", "chatbot", "virtual assistant", "open data", "datasets",
  "transparency", "social media", "facebook", "twitter", "webcast", "streaming", "cloud hosting", "PSN compliance",
  "resilience", "digital skills", "digital champions", "broadband", "digital inclusion", "telecare", "sensors",
  "falls", "automation", "robots", "maps", "GIS", "gazetteer", "wifi", "hotspots", "channel shift"}
local extra = {"pilot", "savings", "residents", "older people", "funding", "lessons learned", "business case",
  "rural", "partnership", "accessibility", "user research", "demand", "satisfaction", "rollout", "agile",
  "procurement", "culture", "risk", "staff training", "evidence"}
local barriers = {"legacy-systems", "channel-shift", "up-front-funding", "digital-inclusion", "psn-compliance",
  "cultural-resistance", "skills-officers", "skills-staff", "attitude-to-risk", "social-media", "skills-councillors"}
local themes = {"waste", "crm", "council tax", "housing", "older people", "young people", "libraries", "mobile app",
  "open data", "webcast", "security", "skills", "democracy", "chatbot", "social media"}
local statuses = {"live", "scaled", "planned", "stopped"}

local function pick(list)
  return list[math.random(#list)]
end

local function encode(s)
  return (s:gsub("[^%w%-_.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function one()
  local shape = math.random(10)
  local q
  if shape <= 4 then q = pick(area) .. " " .. pick(tech)
  elseif shape <= 6 then q = pick(area)
  elseif shape <= 8 then q = pick(tech) .. " " .. pick(extra)
  else q = pick(area) .. " " .. pick(tech) .. " " .. pick(extra) end
  local path = "/api/v1/search?q=" .. encode(q)
  local filter = math.random(10)
  if filter == 1 then path = path .. "&barrier=" .. pick(barriers)
  elseif filter == 2 then path = path .. "&theme=" .. encode(pick(themes))
  elseif filter == 3 then path = path .. "&status=" .. pick(statuses)
  elseif filter == 4 then path = path .. "&sort=date" end
  local page = math.random(10)
  if page >= 9 then path = path .. "&page=" .. (page - 7) end
  return path
end

local function distinctRequests(n)
  math.randomseed(42)
  local seen, list = {}, {}
  while #list < n do
    local p = one()
    if not seen[p] then
      seen[p] = true
      list[#list + 1] = p
    end
  end
  return list
end

local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

local mode, requests, cumulative, next, step

function init(args)
  mode = args[1] or "zipf"
  local n = tonumber(args[2]) or (mode == "distinct" and 100000 or 5000)
  requests = distinctRequests(n)
  if mode == "zipf" then
    cumulative = {}
    local sum = 0
    for rank = 1, n do
      sum = sum + 1 / rank
      cumulative[rank] = sum
    end
    math.randomseed(1000 + id)
  else
    step = tonumber(args[3]) or 2
    -- threads interleave (1, 3, 5, ... and 2, 4, 6, ...) from a place that differs from run to run, so that a
    -- server left running has not seen the requests in an earlier run
    next = (os.time() * 7919) % (#requests - step) + id + 1
  end
end

local function zipfRank()
  local u = math.random() * cumulative[#cumulative]
  local lo, hi = 1, #cumulative
  while lo < hi do
    local mid = math.floor((lo + hi) / 2)
    if cumulative[mid] < u then lo = mid + 1 else hi = mid end
  end
  return lo
end

request = function()
  local path
  if mode == "zipf" then
    path = requests[zipfRank()]
  else
    path = requests[next]
    next = next + step
    if next > #requests then next = next - #requests end
  end
  return wrk.format("GET", path)
end
