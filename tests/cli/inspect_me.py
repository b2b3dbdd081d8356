# `-i inspect_me.py`: the prompt that follows sees these names.
answer = 42
print("ran")
