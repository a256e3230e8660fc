-- wrk script: POST GraphQL bodies from the files given after "--", in turn (one file: the same query each time)
local bodies = {}
local counter = 0

function init(args)
  for _, path in ipairs(args) do
    local file = assert(io.open(path, "r"))
    bodies[#bodies + 1] = file:read("*a")
    file:close()
  end
end

function request()
  counter = counter + 1
  local body = bodies[(counter % #bodies) + 1]
  return wrk.format("POST", "/graphql", { ["Content-Type"] = "application/json" }, body)
end
