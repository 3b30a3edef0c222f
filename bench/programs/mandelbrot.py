# Float math: escape-time Mandelbrot set on a grid, counting points inside.
def mandelbrot(width, height, max_iter):
    inside = 0
    checksum = 0
    for py in range(height):
        ci = py * 2.0 / height - 1.0
        for px in range(width):
            cr = px * 3.0 / width - 2.0
            zr = zi = 0.0
            n = 0
            while n < max_iter:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                n += 1
            if n == max_iter:
                inside += 1
            checksum = (checksum * 31 + n) % 1000000007
    return inside, checksum


print(*mandelbrot(260, 180, 120))
