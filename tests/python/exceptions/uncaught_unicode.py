# Markers under a line with non-ASCII text and a multi-line message.
greeting = "héllo wörld"
message = "line one\nline two"
result = greeting.encode("ascii") + message
