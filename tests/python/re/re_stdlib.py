# Standard-library modules built on re: textwrap, fnmatch, string.Template, shlex, html, difflib-free bits.
import textwrap
import fnmatch
import string
import html

text = 'The quick brown fox jumps over the lazy dog. ' * 3
print(textwrap.fill(text, width=30))
print(textwrap.dedent('''
    indented
      more
    back
'''))
print(textwrap.shorten('Hello  world, this is a long line', width=20))
print(fnmatch.fnmatch('file.py', '*.py'), fnmatch.filter(['a.py', 'b.txt', 'c.py'], '*.py'), fnmatch.translate('a?[!x]*.c'))
print(string.Template('$who likes ${what}').substitute(who='tim', what='kung pao'))
print(string.Template('$who and $$ and $x').safe_substitute(who='me'))
print(html.escape('<a href="x">&</a>'), html.unescape('&lt;b&gt; &amp;amp; &#65;&#x42; &eacute;'))
