# Missing comma between list items shows a hint.
items = ["a" "b", c d]
