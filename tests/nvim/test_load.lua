-- The LuaJIT build of the native module loads in Neovim and analyzes text.
test("the module loads in nvim", function()
  local copydesk = require("copydesk")
  ok(copydesk.available(), "available: " .. tostring(copydesk.load_error))
  eq(copydesk.abi(), "luajit")
  local doc = copydesk.analyze("First sentence. Second one.")
  eq(#doc.sentences, 2)
end)
