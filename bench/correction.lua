-- wrk script: every request POSTs one correction (multipart: the PNG in env PNG, default the API
-- tests' "7", and the label "1") to /api/v1/corrections; with env DELAY_MS each connection waits
-- between its requests DELAY_MS on average, to hold a rate (connections x 1000 / DELAY_MS per
-- second): a random wait (exponential, as independent people send theirs), so that the
-- connections do not fall into step and send in bursts of five.
local file = assert(io.open(os.getenv("PNG") or "src/test/resources/api/digit-7.png", "rb"))
local png = file:read("*a")
file:close()
local boundary = "bench-boundary"
wrk.method = "POST"
wrk.headers["Content-Type"] = "multipart/form-data; boundary=" .. boundary
wrk.body = "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"d.png\"\r\n"
  .. "Content-Type: image/png\r\n\r\n" .. png .. "\r\n--" .. boundary
  .. "\r\nContent-Disposition: form-data; name=\"label\"\r\n\r\n1\r\n--" .. boundary .. "--\r\n"
local pause = tonumber(os.getenv("DELAY_MS") or "0")
function delay()
  return pause > 0 and math.floor(-pause * math.log(1 - math.random())) or 0
end
statuses = {}
function response(status)
  statuses[status] = (statuses[status] or 0) + 1
end
