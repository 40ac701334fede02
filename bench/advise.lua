-- wrk script: POST a one-model team profile to /api/v1/advise.
-- Every request carries the same body; the server keeps nothing between requests, so each
-- one runs the whole advice (validation, three rule phases, pricing every candidate stack).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"name": "bench-one-model", "models": [{"id": "claude-opus-4-8", "share": 1}]}'

function done(summary, latency, requests)
  io.write(string.format("bad responses: %d\n",
    summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout))
end
