-- wrk: each request checks in the next invitation token of the list (a real first scan, not a repeat)
local tokens = {}
local i = 0
init = function(args)
  for line in io.lines(os.getenv("TOKENS")) do tokens[#tokens + 1] = line end
  i = math.random(#tokens)
end
request = function()
  i = i % #tokens + 1
  return wrk.format("POST", nil, {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. os.getenv("TOKEN")},
    '{"token":"' .. tokens[i] .. '"}')
end
