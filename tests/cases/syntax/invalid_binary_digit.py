# An invalid digit in a binary literal.
x = 0b102
