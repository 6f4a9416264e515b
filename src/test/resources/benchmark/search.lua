-- wrk script: rotates through officers' queries against GET /api/v1/search (see README, "Benchmarks").
local queries = {"NEET", "webcast%20council%20meetings", "replacing%20our%20old%20CRM", "digital%20inclusion",
  "helping%20older%20people%20get%20online", "moving%20services%20online", "PSN%20compliance",
  "social%20media%20pioneers", "chatbot%20council%20tax", "open%20data", "young%20people%20app",
  "staff%20training%20skills", "waste%20service", "livestream", "libraries%20volunteers", "webcsat"}
local i = 0
request = function()
  i = i + 1
  local path = "/api/v1/search?q=" .. queries[(i % #queries) + 1]
  if i % 5 == 0 then path = path .. "&barrier=legacy-systems" end
  return wrk.format("GET", path)
end
