# The pwd module: struct_passwd entries for the current user and root, and lookup errors.
import os, pwd

me = pwd.getpwuid(os.getuid())
print(type(me).__name__, type(me).__module__, len(me), pwd.struct_passwd.n_fields, me.pw_uid == os.getuid())
print(me == pwd.getpwnam(me.pw_name), me[0] == me.pw_name, type(me.pw_dir).__name__, type(me.pw_gid).__name__)
root = pwd.getpwnam("root")
print(root.pw_uid, root.pw_gid, root.pw_name, root == pwd.getpwuid(0))
print(any(e.pw_name == "root" for e in pwd.getpwall()), pwd.getpwuid.__module__)
for call in ("pwd.getpwuid(4000000000)", "pwd.getpwuid(-5)", "pwd.getpwuid('x')", "pwd.getpwnam('no_such_user_sanca')",
             "pwd.getpwnam(b'root')", "pwd.getpwnam('a\\0b')", "pwd.getpwuid()", "pwd.getpwall(1)"):
    try:
        eval(call)
    except Exception as e:
        print(call, type(e).__name__, e)
print(os.path.expanduser("~root"))
