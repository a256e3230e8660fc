-- wrk script: POST the GraphQL bodies of the files given after "--", in turn (one file: the same
-- query each time). A file ending in .txt holds one JSON body per line (bench/varied.py writes
-- them); then each of wrk's two threads (bench.py runs -t2) starts half-way through the bodies
-- from the other, so that the threads do not send the same requests together.
local threads = 0
local bodies = {}
local counter = 0

function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

function init(args)
  for _, path in ipairs(args) do
    if path:sub(-4) == ".txt" then
      for line in io.lines(path) do
        bodies[#bodies + 1] = line
      end
    else
      local file = assert(io.open(path, "r"))
      bodies[#bodies + 1] = file:read("*a")
      file:close()
    end
  end
  if #bodies > 1 then
    counter = math.floor((id or 0) * #bodies / 2)
  end
end

function request()
  counter = counter + 1
  local body = bodies[(counter % #bodies) + 1]
  return wrk.format("POST", "/graphql", { ["Content-Type"] = "application/json" }, body)
end
