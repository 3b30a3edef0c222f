# Triple-quoted strings keep newlines and quotes.
a = """line one
line "two"
line 'three'"""
print(a)
b = '''it's
"fine"'''
print(b)
c = """\
no leading newline\
 and joined"""
print(c)
print(len("""ab
cd"""))
print(repr('''x
y'''))
