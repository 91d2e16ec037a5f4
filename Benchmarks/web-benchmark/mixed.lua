-- wrk: a mix of desk pages, one after another per connection.
local paths = {}
for path in string.gmatch(os.getenv("WEB_BENCH_PATHS") or "/", "%S+") do table.insert(paths, path) end
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT p50=%.2fms p95=%.2fms p99=%.2fms requests=%d rps=%.1f errors=%d non2xx=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, summary.requests / seconds,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
