-- A crawl: every URL in the file named by the CRAWL_URLS environment variable is asked once, the threads taking
-- turns through the (shuffled) list, so no answer can come from the output cache. Each thread says when its share
-- is done; wrk's summary is then the crawl's throughput and latency.
local counter = 0
local threads = {}

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

function init(args)
  local urls = {}
  local n = 0
  local total = tonumber(os.getenv("CRAWL_THREADS") or "2")
  for line in io.lines(os.getenv("CRAWL_URLS")) do
    n = n + 1
    if (n - 1) % total == id - 1 then
      table.insert(urls, line)
    end
  end
  mine = urls
  next_index = 0
  answered = 0
end

function request()
  next_index = next_index + 1
  local url = mine[next_index] or mine[#mine]
  return wrk.format("GET", url)
end

function response(status, headers, body)
  answered = answered + 1
  if status >= 500 then
    io.stderr:write("crawl: " .. status .. "\n")
  end
  if answered == #mine then
    -- wrk runs to its duration whatever a script says; run.sh waits for these files and then stops it (SIGINT),
    -- so the requests/s in its summary are over the crawl's own time.
    local f = io.open(os.getenv("CRAWL_URLS") .. ".done." .. id, "w")
    f:write("done\n")
    f:close()
  end
end
