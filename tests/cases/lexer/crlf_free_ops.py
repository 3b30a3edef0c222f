# Operators written without spaces and with odd spacing.
a=3;b=4
print(a+b*2-1,a**2,a//b,a%b,-a,~a)
print(a<b,a>=b,a!=b,a==b)
print(a<<2,a>>1,a&b,a|b,a^b)
print(  a  +  b  )
x=[1,2,3][1:]
print(x)
