-- Drives `dtree lsp` from Neovim's built-in LSP client (0.7+), headless. Environment:
--   DTREE   the dtree binary          FILE  the tree file to open
--   OUT     where to write results    MODE  "test" (default) or "bench"
--   TYPO    "old=new": the text a change replaces to make (and then undo) a typo
--   ROUNDS  bench rounds (default 20)   NVIM_DEBOUNCE  Neovim's own didChange debounce in ms (its default: 150)
-- test:  writes each diagnostic Neovim received on open as
--        "line:col:severity:code:message", then "fixed:N" with the count after TYPO is undone.
-- bench: per round, makes the typo and times until Neovim holds its diagnostic, then undoes
--        it and times until the diagnostics are gone; writes "typo_ms fixed_ms" per line.
local dtree, file, out = os.getenv("DTREE"), os.getenv("FILE"), os.getenv("OUT")
local mode = os.getenv("MODE") or "test"
local old, new = (os.getenv("TYPO") or "="):match("^(.-)=(.*)$")
local results = {}

local function finish(code)
  local handle = io.open(out, "w")
  handle:write(table.concat(results, "\n") .. "\n")
  handle:close()
  vim.cmd((code == 0) and "qa!" or "cq!")
end

vim.cmd("edit " .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
local debounce = tonumber(os.getenv("NVIM_DEBOUNCE") or "")
local client = vim.lsp.start_client({ name = "dtree", cmd = { dtree, "lsp" }, root_dir = vim.fn.fnamemodify(file, ":h"),
  flags = debounce and { debounce_text_changes = debounce } or nil })
if not client then
  results = { "error: dtree lsp did not start" }
  finish(1)
end
vim.lsp.buf_attach_client(buf, client)

local function replace(from, to)
  local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  for i, line in ipairs(lines) do
    local s, e = line:find(from, 1, true)
    if s then
      vim.api.nvim_buf_set_lines(buf, i - 1, i, false, { line:sub(1, s - 1) .. to .. line:sub(e + 1) })
      return true
    end
  end
  return false
end

local function count() return #vim.diagnostic.get(buf) end

if mode == "test" then
  if not vim.wait(10000, function() return count() > 0 end, 10) then
    results = { "error: no diagnostics within 10 s" }
    finish(1)
  end
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = (d.user_data or {}).lsp or {}
    local code = d.code or lsp.code or "?"
    table.insert(results, string.format("%d:%d:%d:%s:%s", d.lnum + 1, d.col + 1, d.severity, code, d.message))
  end
  if old ~= "" then
    replace(new, old)
    vim.wait(10000, function() return count() == 0 end, 10)
    table.insert(results, "fixed:" .. count())
  end
  vim.lsp.stop_client(client)
  finish(0)
else
  vim.wait(10000, function() return vim.lsp.buf_is_attached(buf, client) and false end, 200)
  local rounds = tonumber(os.getenv("ROUNDS") or "20")
  for _ = 1, rounds do
    local t0 = vim.loop.hrtime()
    replace(old, new)
    local ok1 = vim.wait(5000, function() return count() > 0 end, 1)
    local t1 = vim.loop.hrtime()
    replace(new, old)
    local ok2 = vim.wait(5000, function() return count() == 0 end, 1)
    local t2 = vim.loop.hrtime()
    if not (ok1 and ok2) then
      table.insert(results, "error: timed out")
      finish(1)
    end
    table.insert(results, string.format("%.1f %.1f", (t1 - t0) / 1e6, (t2 - t1) / 1e6))
  end
  vim.lsp.stop_client(client)
  finish(0)
end
