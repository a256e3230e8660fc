-- wrk script: POST the GraphQL bodies of a file, one JSON body per line, in order; each of wrk's
-- two threads (bench.py runs -t2) starts half-way through the file from the other, so that the
-- threads do not send the same requests together
local threads = 0
local bodies = {}
local counter = 0

function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

function init(args)
  for line in io.lines(args[1]) do
    bodies[#bodies + 1] = line
  end
  counter = math.floor((id or 0) * #bodies / 2)
end

function request()
  counter = counter + 1
  local body = bodies[(counter % #bodies) + 1]
  return wrk.format("POST", "/graphql", { ["Content-Type"] = "application/json" }, body)
end
