-- Sends the GraphQL requests in the file named by $BODY (one JSON body per line) in turn, each
-- connection starting at its own place in the list.
local bodies = {}
for line in io.lines(os.getenv("BODY")) do
  if #line > 0 then bodies[#bodies + 1] = line end
end
local next_body = 0

function setup(thread)
  thread:set("next_body", math.random(#bodies))
end

function request()
  next_body = next_body % #bodies + 1
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, bodies[next_body])
end
