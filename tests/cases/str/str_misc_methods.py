# Less common methods: swapcase twice, title with digits, istitle.
print("hello".swapcase().swapcase(), "1st 2nd 3rd".title(), "o'neil mc-donald".title())
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle())
print("ß".casefold(), "ß".lower(), "ﬁ".upper(), len("ﬁ".upper()))
print("İ".lower(), len("İ".lower()))
