-- Lua 5.4 counterpart of fib_recursive.py, for comparison only.
local function fib(n)
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end

print(fib(30))
