-- wrk: each request counts a framed avatar from a new device for a school of the campaign
local thread_seed = 0
setup = function(thread)
  thread:set("seed", thread_seed)
  thread_seed = thread_seed + 1
end
init = function(args)
  math.randomseed(os.time() + seed * 7919)
end
local function device()
  return string.format("%08x-%08x-%08x-%08x", math.random(0, 0x7fffffff), math.random(0, 0x7fffffff), math.random(0, 0x7fffffff), math.random(0, 0x7fffffff))
end
request = function()
  return wrk.format("POST", nil, {["Content-Type"] = "application/json"},
    '{"unitCode":"THPT-CHAUVANLIEM","deviceId":"' .. device() .. '"}')
end
