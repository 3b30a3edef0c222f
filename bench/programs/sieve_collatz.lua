-- Lua 5.4 counterpart of sieve_collatz.py, for comparison only.
local function sieve(limit)
  local flags = {}
  for i = 0, limit do flags[i] = true end
  flags[0], flags[1] = false, false
  local i = 2
  while i * i <= limit do
    if flags[i] then
      for j = i * i, limit, i do flags[j] = false end
    end
    i = i + 1
  end
  local primes = {}
  for k = 0, limit do
    if flags[k] then primes[#primes + 1] = k end
  end
  return primes
end

local function collatz_len(n)
  local steps = 1
  while n ~= 1 do
    if n % 2 == 0 then n = n // 2 else n = 3 * n + 1 end
    steps = steps + 1
  end
  return steps
end

local primes = sieve(600000)
local total = 0
for _, p in ipairs(primes) do total = total + p end
local best, best_len = 1, 1
for n = 1, 59999 do
  local length = collatz_len(n)
  if length > best_len then best, best_len = n, length end
end
print(string.format("%d %d %d %d %d", #primes, primes[#primes], total % 1000003, best, best_len))
