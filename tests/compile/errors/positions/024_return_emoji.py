s = '😀😀'; return s
