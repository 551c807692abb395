-- wrk: each request checks in the next invitation token of the list (a real first scan, not a repeat);
-- each wrk thread takes its own slice of the list
local threads = 0
setup = function(thread)
  thread:set("slice", threads)
  threads = threads + 1
end
local tokens = {}
local i = 0
init = function(args)
  for line in io.lines(os.getenv("TOKENS")) do tokens[#tokens + 1] = line end
  i = slice * math.floor(#tokens / 2)
end
request = function()
  i = i % #tokens + 1
  return wrk.format("POST", nil, {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. os.getenv("TOKEN")},
    '{"token":"' .. tokens[i] .. '"}')
end
