# A user exception with a custom __init__ storing extra attributes and calling super().__init__.
class HttpError(Exception):
    def __init__(self, status, url, detail=""):
        super().__init__(f"{status} for {url}")
        self.status = status
        self.url = url
        self.detail = detail

    def retryable(self):
        return self.status >= 500


def fetch(url):
    if "missing" in url:
        raise HttpError(404, url)
    if "flaky" in url:
        raise HttpError(503, url, detail="try later")
    return "200 OK"


for url in ("/home", "/missing", "/flaky"):
    try:
        print(fetch(url))
    except HttpError as e:
        print("HttpError:", e, "|", e.status, e.url, repr(e.detail), e.retryable(), e.args)
