# The grp module: struct_group entries for root's group and the current gid, and lookup errors.
import os, grp

root = grp.getgrgid(0)
print(root.gr_name, root.gr_gid, repr(root).startswith("grp.struct_group(gr_name='root', gr_passwd="), type(root).__module__, grp.struct_group.n_fields, root == grp.getgrnam("root"))
mine = grp.getgrgid(os.getgid())
print(mine.gr_gid == os.getgid(), type(mine.gr_mem).__name__, all(type(m) is str for m in mine.gr_mem))
print(any(g.gr_gid == 0 for g in grp.getgrall()), grp.getgrgid(id=0) == root, grp.getgrnam(name="root") == root)
for call in ("grp.getgrgid(4000000000)", "grp.getgrgid(-5)", "grp.getgrgid('x')", "grp.getgrnam('no_such_group_sanca')",
             "grp.getgrnam(b'root')", "grp.getgrnam('a\\0b')", "grp.getgrgid()", "grp.getgrall(1)"):
    try:
        eval(call)
    except Exception as e:
        print(call, type(e).__name__, e)
