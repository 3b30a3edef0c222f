# Parsing a bytes payload line by line.
payload = b"GET /index.html HTTP/1.1\r\nHost: example.org\r\nAccept: */*\r\n\r\n"
head, _, body = payload.partition(b"\r\n\r\n")
lines = head.split(b"\r\n")
method, path, version = lines[0].split(b" ")
print(method, path, version)
headers = {}
for line in lines[1:]:
    k, v = line.split(b": ", 1)
    headers[k.decode().lower()] = v.decode()
print(sorted(headers.items()), body)
