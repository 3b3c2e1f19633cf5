-- A small, strict JSON decoder and encoder in pure Lua (Lua 5.1/LuaJIT and 5.4).
--
--   local json = require("json")          -- with eval/ on package.path
--   local v = json.decode('{"a": [1, 2.5, "x\\u00e9"], "b": null}')
--   print(json.encode({ a = 1, b = { 1, 2 } }))
--
-- decode: objects become tables with string keys, arrays become sequences; `null` becomes
-- json.null (a unique sentinel) inside arrays and objects so that positions are kept, and nil at
-- the top level. \u escapes (with surrogate pairs) become UTF-8. Errors raise "json: <why> at
-- byte N". encode: tables with only keys 1..n are arrays (an empty table is an array: use
-- json.object() for an empty object), keys are sorted so output is stable; NaN and infinities
-- become null; strings are escaped byte for byte (invalid UTF-8 is passed through).
local M = {}

M.null = setmetatable({}, { __tostring = function() return "null" end })
local object_mt = { __jsontype = "object" }

--- An empty (or given) table that encodes as a JSON object.
function M.object(t) return setmetatable(t or {}, object_mt) end

local byte, sub, find, char = string.byte, string.sub, string.find, string.char
local concat, floor = table.concat, math.floor

local function fail(why, pos) error("json: " .. why .. " at byte " .. tostring(pos), 0) end

local function utf8_char(cp)
  if cp < 0x80 then return char(cp) end
  if cp < 0x800 then return char(0xC0 + floor(cp / 0x40), 0x80 + cp % 0x40) end
  if cp < 0x10000 then
    return char(0xE0 + floor(cp / 0x1000), 0x80 + floor(cp / 0x40) % 0x40, 0x80 + cp % 0x40)
  end
  return char(0xF0 + floor(cp / 0x40000), 0x80 + floor(cp / 0x1000) % 0x40,
    0x80 + floor(cp / 0x40) % 0x40, 0x80 + cp % 0x40)
end

local escapes = { [34] = '"', [92] = "\\", [47] = "/", [98] = "\b", [102] = "\f", [110] = "\n",
  [114] = "\r", [116] = "\t" }

local function skip_ws(s, i)
  local _, e = find(s, "^[ \t\r\n]*", i)
  return e + 1
end

local decode_value

local function decode_hex4(s, i)
  local h = sub(s, i, i + 3)
  if not find(h, "^%x%x%x%x$") then fail("bad \\u escape", i) end
  return tonumber(h, 16)
end

local function decode_string(s, i) -- s[i] is the opening quote
  local parts, j = {}, i + 1
  while true do
    local a, b = find(s, '^[^"\\%c]+', j)
    if a then
      parts[#parts + 1] = sub(s, a, b)
      j = b + 1
    end
    local c = byte(s, j)
    if c == nil then fail("unterminated string", i) end
    if c == 34 then return concat(parts), j + 1 end
    if c < 32 then fail("control character in string", j) end
    -- a backslash
    local e = byte(s, j + 1)
    if e == 117 then
      local cp = decode_hex4(s, j + 2)
      j = j + 6
      if cp >= 0xD800 and cp <= 0xDBFF and sub(s, j, j + 1) == "\\u" then
        local lo = decode_hex4(s, j + 2)
        if lo >= 0xDC00 and lo <= 0xDFFF then
          cp = 0x10000 + (cp - 0xD800) * 0x400 + (lo - 0xDC00)
          j = j + 6
        end
      end
      if cp >= 0xD800 and cp <= 0xDFFF then cp = 0xFFFD end -- a lone surrogate
      parts[#parts + 1] = utf8_char(cp)
    elseif e and escapes[e] then
      parts[#parts + 1] = escapes[e]
      j = j + 2
    else
      fail("bad escape", j)
    end
  end
end

local function decode_number(s, i)
  local a, b = find(s, "^-?%d+%.?%d*[eE]?[-+]?%d*", i)
  if not a then fail("unexpected character", i) end
  local text = sub(s, a, b)
  if not find(text, "^-?0$") and not find(text, "^-?0[%.eE]") and find(text, "^-?0") then
    fail("leading zero", i)
  end
  local v = tonumber(text)
  if not v then fail("bad number", i) end
  if math.type and math.type(v) == "float" and v == floor(v) and not find(text, "[%.eE]")
    and v >= -2^53 and v <= 2^53 then v = math.tointeger(v) or v end
  return v, b + 1
end

local function decode_array(s, i, depth)
  local arr, n = {}, 0
  local j = skip_ws(s, i + 1)
  if byte(s, j) == 93 then return arr, j + 1 end
  while true do
    local v
    v, j = decode_value(s, j, depth)
    n = n + 1
    arr[n] = v == nil and M.null or v
    j = skip_ws(s, j)
    local c = byte(s, j)
    if c == 93 then return arr, j + 1 end
    if c ~= 44 then fail("expected ',' or ']'", j) end
    j = skip_ws(s, j + 1)
  end
end

local function decode_object(s, i, depth)
  local obj = {}
  local j = skip_ws(s, i + 1)
  if byte(s, j) == 125 then return M.object(obj), j + 1 end
  while true do
    if byte(s, j) ~= 34 then fail("expected a string key", j) end
    local k
    k, j = decode_string(s, j)
    j = skip_ws(s, j)
    if byte(s, j) ~= 58 then fail("expected ':'", j) end
    local v
    v, j = decode_value(s, skip_ws(s, j + 1), depth)
    if v == nil then v = M.null end
    obj[k] = v
    j = skip_ws(s, j)
    local c = byte(s, j)
    if c == 125 then return obj, j + 1 end
    if c ~= 44 then fail("expected ',' or '}'", j) end
    j = skip_ws(s, j + 1)
  end
end

function decode_value(s, i, depth)
  if depth > 500 then fail("nested too deeply", i) end
  local c = byte(s, i)
  if c == 123 then return decode_object(s, i, depth + 1) end
  if c == 91 then return decode_array(s, i, depth + 1) end
  if c == 34 then return decode_string(s, i) end
  if c == 116 and sub(s, i, i + 3) == "true" then return true, i + 4 end
  if c == 102 and sub(s, i, i + 4) == "false" then return false, i + 5 end
  if c == 110 and sub(s, i, i + 3) == "null" then return nil, i + 4 end
  if c == 45 or (c and c >= 48 and c <= 57) then return decode_number(s, i) end
  if c == nil then fail("unexpected end of input", i) end
  fail("unexpected character '" .. char(c) .. "'", i)
end

--- decode(text) -> value (nil for a top-level null). Raises on malformed input or trailing bytes.
function M.decode(s)
  if type(s) ~= "string" then error("json: decode expects a string", 2) end
  local v, j = decode_value(s, skip_ws(s, 1), 0)
  j = skip_ws(s, j)
  if j <= #s then fail("trailing characters", j) end
  return v
end

--- Iterates the lines of a JSONL file: for lineno, value in json.lines(path) (blank lines skipped).
function M.lines(path)
  local f = assert(io.open(path, "rb"))
  local n = 0
  return function()
    while true do
      local line = f:read("l")
      if not line then
        f:close()
        return nil
      end
      n = n + 1
      if find(line, "%S") then
        local ok, v = pcall(M.decode, line)
        if not ok then error(path .. ":" .. n .. ": " .. v, 0) end
        return n, v
      end
    end
  end
end

-- ---- encoding ----------------------------------------------------------------------------------

local function encode_string(s)
  return '"' .. s:gsub('[%c"\\]', function(c)
    local b = byte(c)
    if c == '"' then return '\\"' end
    if c == "\\" then return "\\\\" end
    if c == "\n" then return "\\n" end
    if c == "\r" then return "\\r" end
    if c == "\t" then return "\\t" end
    return string.format("\\u%04x", b)
  end) .. '"'
end

local function encode_number(v)
  if v ~= v or v == math.huge or v == -math.huge then return "null" end
  if math.type and math.type(v) == "integer" then return tostring(v) end
  if v == floor(v) and v >= -1e15 and v <= 1e15 then return string.format("%d", v) end
  local s = string.format("%.14g", v)
  if tonumber(s) ~= v then s = string.format("%.17g", v) end
  return s
end

local function is_array(t)
  if getmetatable(t) == object_mt then return false end
  local n = 0
  for _ in pairs(t) do n = n + 1 end
  for i = 1, n do if t[i] == nil then return false end end
  return true, n
end

local encode_value

local function encode_table(t, out, seen)
  if seen[t] then error("json: cannot encode a cycle", 0) end
  seen[t] = true
  local arr, n = is_array(t)
  if arr then
    out[#out + 1] = "["
    for i = 1, n do
      if i > 1 then out[#out + 1] = "," end
      encode_value(t[i], out, seen)
    end
    out[#out + 1] = "]"
  else
    local keys = {}
    for k in pairs(t) do
      if type(k) ~= "string" and type(k) ~= "number" then error("json: bad key type " .. type(k), 0) end
      keys[#keys + 1] = tostring(k)
    end
    table.sort(keys)
    out[#out + 1] = "{"
    for i, k in ipairs(keys) do
      if i > 1 then out[#out + 1] = "," end
      out[#out + 1] = encode_string(k)
      out[#out + 1] = ":"
      local v = t[k]
      if v == nil then v = t[tonumber(k)] end
      encode_value(v, out, seen)
    end
    out[#out + 1] = "}"
  end
  seen[t] = nil
end

function encode_value(v, out, seen)
  local ty = type(v)
  if v == nil or v == M.null then out[#out + 1] = "null"
  elseif ty == "boolean" then out[#out + 1] = tostring(v)
  elseif ty == "number" then out[#out + 1] = encode_number(v)
  elseif ty == "string" then out[#out + 1] = encode_string(v)
  elseif ty == "table" then encode_table(v, out, seen)
  else error("json: cannot encode a " .. ty, 0) end
end

--- encode(value) -> a JSON string (one line).
function M.encode(v)
  local out = {}
  encode_value(v, out, {})
  return concat(out)
end

return M
