-- wrk script: every request POSTs one PNG (env PNG, default the API tests' 280x280 grey "7")
-- as a raw image/png body. Used by bench/load.sh and bench/soak.sh.
local file = assert(io.open(os.getenv("PNG") or "src/test/resources/api/digit-7.png", "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
wrk.headers["Content-Type"] = "image/png"
file:close()
