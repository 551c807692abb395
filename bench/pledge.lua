-- wrk: each request signs the wall with a template pledge (the path a pupil takes on the public page)
request = function()
  return wrk.format("POST", nil, {["Content-Type"] = "application/json"},
    '{"displayName":"Học sinh ' .. math.random(100000) .. '","templateIndex":' .. math.random(0, 3) .. '}')
end
