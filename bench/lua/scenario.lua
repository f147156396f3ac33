-- Clientela benchmark scenarios for wrk (bench/run sets the environment).
--   BENCH_SCENARIO  get | search | list | create | update
--   BENCH_KEY       API key of the large tenant
--   BENCH_IDS       file of client ids of the large tenant, one per line (get, update)
--   BENCH_QUERIES   file of url-encoded search texts, one per line (search)
--   BENCH_BODIES    file of client bodies with @DNI@ in place of the document number (create)
--   BENCH_DOC_BASE  first Peru DNI this run may create; each thread gets its own block of BENCH_DOC_BLOCK
--   BENCH_OUT       where done() writes the result as JSON
-- Any response outside 2xx is counted as an error.

local scenario = os.getenv("BENCH_SCENARIO")
local key = os.getenv("BENCH_KEY")
local threads = {}

function setup(thread)
   thread:set("tid", #threads)
   table.insert(threads, thread)
end

local function lines(path)
   local t = {}
   for line in io.lines(path) do
      if #line > 0 then t[#t + 1] = line end
   end
   return t
end

local b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
local b64index = {}
for i = 1, #b64 do b64index[b64:sub(i, i)] = i - 1 end

-- The sort a cursor was made for: the text before the first \031 of its base64url payload.
local function cursor_sort(cursor)
   local out, bits, nbits = {}, 0, 0
   for i = 1, math.min(#cursor, 24) do
      local v = b64index[cursor:sub(i, i)]
      if v == nil then break end
      bits = bits * 64 + v
      nbits = nbits + 6
      if nbits >= 8 then
         nbits = nbits - 8
         local byte = math.floor(bits / 2 ^ nbits)
         bits = bits % 2 ^ nbits
         if byte == 31 then return table.concat(out) end
         out[#out + 1] = string.char(byte)
      end
   end
   return nil
end

local sorts = { "name", "-name", "created_at", "-created_at", "updated_at", "-updated_at" }
local notes = { "Cliente frecuente", "Paga al contado", "Pidió factura electrónica", "Llamar después de las 5",
                "Dirección de entrega actualizada", "Crédito aprobado por gerencia" }

function init(args)
   errors = 0
   first_error = ""
   counter = 0
   queue = {}
   math.randomseed(os.time() * 1000 + tid * 7919 + 17)
   for _ = 1, 10 do math.random() end
   if scenario == "get" or scenario == "update" then ids = lines(os.getenv("BENCH_IDS")) end
   if scenario == "search" then queries = lines(os.getenv("BENCH_QUERIES")) end
   if scenario == "create" then
      bodies = lines(os.getenv("BENCH_BODIES"))
      doc_next = tonumber(os.getenv("BENCH_DOC_BASE")) + tid * tonumber(os.getenv("BENCH_DOC_BLOCK"))
   end
   wrk.headers["Authorization"] = "Bearer " .. key
   wrk.headers["Accept"] = "application/json"
end

local function pick(t) return t[math.random(#t)] end

-- wrk.format replaces wrk.headers when given headers, so a write carries them all.
local function with_json(h)
   local t = { ["Content-Type"] = "application/json" }
   for k, v in pairs(wrk.headers) do t[k] = v end
   return t
end

function request()
   if scenario == "get" then
      return wrk.format("GET", "/api/v1/clients/" .. pick(ids))
   elseif scenario == "search" then
      return wrk.format("GET", "/api/v1/clients?limit=20&q=" .. pick(queries))
   elseif scenario == "list" then
      local n = #queue
      if n > 0 then
         local cursor = table.remove(queue, math.random(n))
         local sort = cursor_sort(cursor) or "name"
         return wrk.format("GET", "/api/v1/clients?limit=20&sort=" .. sort .. "&cursor=" .. cursor)
      end
      return wrk.format("GET", "/api/v1/clients?limit=20&sort=" .. pick(sorts))
   elseif scenario == "create" then
      local dni = string.format("%08d", doc_next)
      doc_next = doc_next + 1
      local body = pick(bodies):gsub("@DNI@", dni)
      return wrk.format("POST", "/api/v1/clients", with_json(), body)
   elseif scenario == "update" then
      local body = string.format('{"notes":"%s","mobile":"+51 9%02d %03d %03d"}', pick(notes),
         math.random(0, 99), math.random(0, 999), math.random(0, 999))
      return wrk.format("PATCH", "/api/v1/clients/" .. pick(ids), with_json(), body)
   end
end

function response(status, headers, body)
   if status < 200 or status > 299 then
      errors = errors + 1
      if first_error == "" then first_error = status .. " " .. string.sub(body or "", 1, 300) end
      return
   end
   if scenario == "list" and #queue < 64 and math.random() < 0.75 then
      local cursor = body:match('"next_cursor"%s*:%s*"([^"]+)"')
      if cursor then queue[#queue + 1] = cursor end
   end
end

local function esc(s)
   return (s:gsub('\\', '\\\\'):gsub('"', '\\"'):gsub('[%c]', ' '))
end

function done(summary, latency, requests)
   local non2xx, first = 0, ""
   for _, t in ipairs(threads) do
      non2xx = non2xx + (t:get("errors") or 0)
      local f = t:get("first_error")
      if first == "" and f and f ~= "" then first = f end
   end
   local e = summary.errors
   local secs = summary.duration / 1e6
   local out = io.open(os.getenv("BENCH_OUT"), "w")
   out:write(string.format(
      '{"scenario":"%s","requests":%d,"seconds":%.3f,"rps":%.1f,"p50_ms":%.3f,"p90_ms":%.3f,"p99_ms":%.3f,' ..
      '"max_ms":%.3f,"non_2xx":%d,"socket_errors":%d,"timeouts":%d,"first_error":"%s"}\n',
      scenario, summary.requests, secs, summary.requests / secs,
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, non2xx, e.connect + e.read + e.write, e.timeout, esc(first)))
   out:close()
end
