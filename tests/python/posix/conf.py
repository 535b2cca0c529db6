# sysconf, confstr, pathconf and fpathconf with their name tables and errors.
import os

print(len(os.sysconf_names), len(os.confstr_names), len(os.pathconf_names), list(os.sysconf_names)[:3])
print(os.sysconf_names["SC_PAGESIZE"], os.confstr_names["CS_PATH"], os.pathconf_names["PC_NAME_MAX"])
print(os.sysconf("SC_PAGESIZE") == os.sysconf(os.sysconf_names["SC_PAGE_SIZE"]), os.sysconf("SC_CLK_TCK"))
print(os.sysconf("SC_NPROCESSORS_ONLN") == os.cpu_count(), os.confstr("CS_GNU_LIBC_VERSION").startswith("glibc "))
print(os.pathconf("/", "PC_NAME_MAX"), os.fpathconf(os.open("/", os.O_RDONLY), "PC_NAME_MAX"), os.pathconf("/", 3))
for call in ('os.sysconf("SC_NOPE")', 'os.sysconf(1.5)', 'os.sysconf(99999)', 'os.confstr(99999)',
             'os.pathconf("/nonexistent/x", "PC_NAME_MAX")', 'os.fpathconf(987654, 3)', 'os.confstr(2**40)',
             'os.pathconf("/", 999)', 'os.sysconf()', 'os.pathconf("/")', 'os.fpathconf(1)'):
    try:
        print(call, repr(eval(call)))
    except Exception as e:
        print(call, type(e).__name__, e)
