import os, subprocess, sys
lib = "/root/.pyenv/versions/3.11.7/lib/python3.11"
files = []
for root, dirs, fs in os.walk(lib):
    dirs[:] = sorted(d for d in dirs if d not in ("site-packages", "__pycache__"))
    files += [os.path.join(root, f) for f in sorted(fs) if f.endswith(".py")]
open("/tmp/astref/FILES", "w").write("\n".join(files) + "\n")
for i in range(0, len(files), 100):
    chunk = files[i:i+100]
    out = subprocess.run(["/root/.pyenv/versions/3.11.7/bin/python3", "-I", "/work/shared/tools/astdump.py"] + chunk, capture_output=True).stdout.decode("utf-8", "surrogateescape")
    starts = []
    pos = 0
    for f in chunk:
        m = "### " + f + "\n"
        k = out.index(m, pos)
        starts.append((k, k + len(m), f))
        pos = k + len(m)
    for j, (k, b, f) in enumerate(starts):
        e = starts[j+1][0] if j + 1 < len(starts) else len(out)
        dst = "/tmp/astref/" + f[len(lib)+1:] + ".txt"
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        with open(dst, "w", encoding="utf-8", errors="surrogateescape") as fh:
            fh.write(out[b:e])
print("done", len(files))
