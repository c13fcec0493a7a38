-- Neovim's own LSP client against the CopyGuard language server (driven by test/e2e/nvim.test.ts).
-- Neovim 0.7 (Debian): vim.lsp.start_client + vim.lsp.buf_attach_client, no vim.lsp.start.
-- Input: $COPYGUARD_EXPECT (JSON written by the test). Output: $COPYGUARD_RESULT, one line per
-- "FAIL ..." or "NOTE ..." (raw bytes: a message may quote cut text), and exit code 0 or 1.
local expect = vim.fn.json_decode(table.concat(vim.fn.readfile(os.getenv('COPYGUARD_EXPECT')), '\n'))
local failures = {}
local notes = {}

local function check(ok, what)
  if not ok then
    table.insert(failures, what)
  end
  return ok
end

local function finish()
  local out = io.open(os.getenv('COPYGUARD_RESULT'), 'w')
  for _, n in ipairs(notes) do
    out:write('NOTE ', (n:gsub('\n', ' ')), '\n')
  end
  for _, f in ipairs(failures) do
    out:write('FAIL ', (f:gsub('\n', ' ')), '\n')
  end
  out:close()
  pcall(vim.lsp.stop_client, vim.lsp.get_active_clients())
  if #failures > 0 then
    vim.cmd('cquit! 1')
  else
    vim.cmd('qall!')
  end
end

-- The LSP diagnostics as published (UTF-16 ranges, with data), for the code action request.
local published = {}
local client_id = vim.lsp.start_client({
  name = 'copyguard',
  cmd = { expect.node, expect.server, '--stdio' },
  root_dir = expect.root,
  settings = { copyguard = { language = 'zh-cn', debounceMs = 0 } },
  -- Neovim 0.7 neither announces workspace/configuration nor sends the settings by itself; as
  -- nvim-lspconfig does, push them once the server is up.
  on_init = function(client)
    client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
  end,
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      published[result.uri] = result.diagnostics
      return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
    end,
  },
})
if not check(client_id ~= nil, 'vim.lsp.start_client returned nil') then
  return finish()
end

local function request(buf, method, params)
  local responses, err = vim.lsp.buf_request_sync(buf, method, params, 10000)
  if not responses or not responses[client_id] then
    check(false, method .. ' got no answer: ' .. tostring(err))
    return nil
  end
  local r = responses[client_id]
  if r.err then
    check(false, method .. ' failed: ' .. vim.inspect(r.err))
    return nil
  end
  return r.result
end

local function buffer_text(buf)
  return table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, true), '\n') .. '\n'
end

local ok, err = pcall(function()
  for _, f in ipairs(expect.files) do
    vim.cmd('edit ' .. vim.fn.fnameescape(f.path))
    local buf = vim.api.nvim_get_current_buf()
    local uri = vim.uri_from_bufnr(buf)
    vim.lsp.buf_attach_client(buf, client_id)

    -- Diagnostics: one per finding, in Chinese, over exactly the offending text (Neovim converts the
    -- server's UTF-16 columns to bytes; the bytes between col and end_col must be the text).
    local function missing()
      local diagnostics = vim.diagnostic.get(buf)
      local out = {}
      for _, e in ipairs(f.findings) do
        local found = false
        for _, d in ipairs(diagnostics) do
          if d.lnum == e.line and d.end_lnum == e.line then
            local line = vim.api.nvim_buf_get_lines(buf, d.lnum, d.lnum + 1, true)[1]
            if line:sub(d.col + 1, d.end_col) == e.snippet and d.message:find(e.messageStart, 1, true) == 1 then
              found = true
            end
          end
        end
        if not found then
          table.insert(out, '“' .. e.snippet .. '” on line ' .. (e.line + 1) .. ' starting “' .. e.messageStart .. '”')
        end
      end
      return out
    end
    vim.wait(15000, function()
      return #missing() == 0
    end, 20)
    local absent = missing()
    check(#absent == 0, f.name .. ': no diagnostic over ' .. table.concat(absent, ', ') .. '; got ' .. vim.inspect(vim.diagnostic.get(buf)))
    table.insert(notes, f.name .. ': ' .. #vim.diagnostic.get(buf) .. ' diagnostics')

    if f.hover then
      local result = request(buf, 'textDocument/hover', { textDocument = { uri = uri }, position = f.hover.position })
      local value = result and result.contents and result.contents.value or ''
      for _, s in ipairs(f.hover.contains) do
        check(value:find(s, 1, true) ~= nil, f.name .. ': hover lacks “' .. s .. '”: ' .. value:sub(1, 300))
      end
      table.insert(notes, f.name .. ': hover ' .. #value .. ' bytes')
    end

    if f.fix then
      local target
      for _, d in ipairs(published[uri] or {}) do
        if d.range.start.line == f.fix.range.start.line and d.range.start.character == f.fix.range.start.character then
          target = d
        end
      end
      if check(target ~= nil, f.name .. ': no published diagnostic at the fix position') then
        local actions = request(buf, 'textDocument/codeAction', {
          textDocument = { uri = uri },
          range = target.range,
          context = { diagnostics = { target }, only = { 'quickfix' } },
        }) or {}
        local action
        local titles = {}
        for _, a in ipairs(actions) do
          table.insert(titles, a.title)
          if a.title == f.fix.title then
            action = a
          end
        end
        table.insert(notes, f.name .. ': code actions ' .. table.concat(titles, ' | '))
        if check(action ~= nil and action.edit ~= nil, f.name .. ': no code action “' .. f.fix.title .. '” among ' .. vim.inspect(titles)) then
          vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
          check(buffer_text(buf) == f.fix.textAfter, f.name .. ': text after the fix is\n' .. buffer_text(buf))
          local cleared = vim.wait(10000, function()
            return #vim.diagnostic.get(buf) == f.fix.remaining
          end, 20)
          check(cleared, f.name .. ': the fixed diagnostic is still there: ' .. vim.inspect(vim.diagnostic.get(buf)))
        end
      end
    end
  end
end)
check(ok, 'error: ' .. tostring(err))
-- Whatever happens, leave: a Lua error would otherwise keep headless Neovim waiting.
if not pcall(finish) then
  vim.cmd('cquit! 2')
end
