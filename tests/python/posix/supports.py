# os.supports_dir_fd, supports_fd, supports_follow_symlinks and supports_effective_ids, built by os.py from _have_functions.
import os
for name in ("supports_dir_fd", "supports_fd", "supports_follow_symlinks", "supports_effective_ids"):
    print(name, sorted(f.__name__ for f in getattr(os, name)))
