-- Lua 5.4 counterpart of mandelbrot.py, for comparison only.
local function mandelbrot(width, height, max_iter)
  local inside, checksum = 0, 0
  for py = 0, height - 1 do
    local ci = py * 2.0 / height - 1.0
    for px = 0, width - 1 do
      local cr = px * 3.0 / width - 2.0
      local zr, zi = 0.0, 0.0
      local n = 0
      while n < max_iter do
        local zr2, zi2 = zr * zr, zi * zi
        if zr2 + zi2 > 4.0 then break end
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        n = n + 1
      end
      if n == max_iter then inside = inside + 1 end
      checksum = (checksum * 31 + n) % 1000000007
    end
  end
  return inside, checksum
end

print(string.format("%d %d", mandelbrot(260, 180, 120)))
