#!/usr/bin/env python3
"""Writes the committed part of the bad-input corpus (run from this folder). The cases that cannot be
committed (a FIFO, an unreadable file, a symlink loop, a 50 MB file, a device, a socket) are made by the
test fixture app.parallax.library.BadInputs at test time. cases.tsv lists every committed file with what
the reader must do with it: 'refused' and a fragment of the one-line message, or 'read' and a fragment
of the title, the charset or the warning shown with the article."""
import zlib, base64

seed = open('../../../../articles/000_7b91463196abbf0d.txt', encoding='utf-8').read()
cases = []

def put(name, data, expect, fragment):
    if isinstance(data, str):
        data = data.encode('utf-8')
    open(name, 'wb').write(data)
    cases.append((name, expect, fragment))

english = ("Putin says NATO ignored Russia's main concerns\n\n"
           "The Russian President said the West had ignored Moscow's key security demands.\n\n"
           "More than 100,000 troops are near the border, officials said on Friday.\n")

put('empty.txt', b'', 'refused', 'empty file')
put('whitespace-only.txt', ' \n\t\r\n   \n', 'refused', 'contains only whitespace')
put('bom-only.txt', b'\xef\xbb\xbf', 'refused', 'empty file')
put('png-named-txt.txt', bytes.fromhex('89504e470d0a1a0a0000000d49484452') + bytes(range(256)) * 4, 'refused', 'binary content')
put('nul-bytes.txt', b'Headline\x00\x00\x00 text with NUL bytes\x00 inside\n' * 20 + b'\x00\x01\x02\x03' * 200, 'refused', 'binary content')
put('control-characters.txt', bytes((1 + i % 7) if i % 3 == 0 else 97 for i in range(600)), 'refused', 'binary content')
put('zip-named-md.md', b'PK\x03\x04\x14\x00\x00\x00\x08\x00' + zlib.compress(english.encode() * 20), 'refused', 'binary content')
put('markup-only.txt', '<p></p>\n<div><span></span></div>\n', 'refused', 'no article text')
put('front-matter-bad-yaml.md', '---\ntitle: [unclosed\n---\nText of the article.\n', 'refused', 'front matter is not valid YAML')
put('front-matter-bad-date.md', '---\ntitle: A story\ndate: next Tuesday\n---\nText of the article.\n', 'refused', 'front matter date is not a date')
put('front-matter-list.md', '---\n- one\n- two\n---\nText of the article.\n', 'read', '- one')
put('front-matter-only.md', '---\ntitle: Nothing follows\n---\n', 'refused', 'no article text')
put('front-matter-unclosed.md', '---\ntitle: Never closed\n' + english, 'read', 'title: Never closed')

utf8_seed = seed.encode('utf-8')
i = utf8_seed.index(b'\n\n', 300)
put('utf8-one-bad-byte.txt', utf8_seed[:i] + b'\xff' + utf8_seed[i:], 'read', 'not valid UTF-8 at byte %d' % i)
put('utf8-truncated-last-character.txt', english.encode() + '’'.encode()[:2], 'read', 'ends in the middle of a UTF-8 character')
put('utf8-bom.txt', b'\xef\xbb\xbf' + english.encode(), 'read', 'UTF-8')
put('utf8-bom-bad-bytes.txt', b'\xef\xbb\xbf' + english.encode() + b'\xc3\x28 and \xa0\xa1\n', 'read', 'not valid UTF-8 at byte')
put('utf16le-bom.txt', b'\xff\xfe' + seed.encode('utf-16-le'), 'read', 'UTF-16LE')
put('utf16be-bom.txt', b'\xfe\xff' + seed.encode('utf-16-be'), 'read', 'UTF-16BE')
put('utf16le-no-bom.txt', seed.encode('utf-16-le'), 'read', 'UTF-16LE')
put('utf16be-no-bom.txt', seed.encode('utf-16-be'), 'read', 'UTF-16BE')
put('utf16-odd-length.txt', b'\xff\xfe' + english.encode('utf-16-le') + b'\x41', 'read', 'odd number of bytes')
put('windows-1252.txt', ('Putin said “the West ignored Russia’s concerns” – again.\n\n' + english).encode('cp1252'), 'read', 'windows-1252')
put('latin-1-french.txt', ("Le président français a déclaré à la presse que la réunion était très importante.\n"
                           "Après une longue discussion, les ministres ont signé l'accord à Genève.\n").encode('latin-1'), 'read', '(detected)')
put('koi8-r-russian.txt', ("Путин заявил, что США и НАТО не учли основные озабоченности России.\n"
                           "Кремль сообщил об этом в пятницу после разговора с президентом Франции.\n" * 3).encode('koi8-r'), 'read', '(detected)')
put('crlf-and-cr.txt', english.replace('\n', '\r\n')[:120] + english.replace('\n', '\r'), 'read', 'Putin says NATO ignored')
put('one-100k-character-line.txt', 'A long line\n\n' + ('The troops moved closer to the border again. ' * 2300)[:100000] + '\n', 'read', 'A long line')
put('one-200k-character-word.txt', 'One very long word\n\n' + 'x' * 200000 + '\n', 'read', 'One very long word')
put('only-a-url.txt', 'https://example.com/story\n', 'read', 'https://example.com/story')
put('html-saved-as-txt.txt', '<!DOCTYPE html>\n<html><head><title>Kremlin says NATO ignored concerns – Example News</title>'
    '<style>body { color: red; }</style><script>var tracking = "do not show";</script></head>'
    '<body><nav>Home | World</nav><article><h1>Kremlin says NATO ignored concerns</h1>'
    + ''.join('<p>%s</p>' % p for p in english.split('\n\n')) + '</article></body></html>\n', 'read', 'web page')

page = open('../../../../articles/001_959a71210dff82b1.txt', encoding='utf-8').read()
paragraphs = [p for p in page.split('\n\n') if p.strip()]
jsonld = ('{"@context":"https://schema.org","@type":"NewsArticle","headline":"Putin tells Macron the West ignored Russia\'s concerns",'
          '"datePublished":"2022-01-28T18:40:00+00:00","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],'
          '"publisher":{"@type":"Organization","name":"Example Times"},"url":"https://example.com/world/putin-macron"}')
put('saved-page-json-ld.html', '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Putin, Macron – Example Times</title>'
    '<script type="application/ld+json">' + jsonld + '</script><script>document.write("ads")</script>'
    '<style>.ad{display:none}</style></head><body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>'
    '<main><article><h1>Putin tells Macron the West ignored Russia\'s concerns</h1>'
    + ''.join('<p>%s</p>' % p.replace('&', '&amp;').replace('<', '&lt;') for p in paragraphs[1:]) +
    '</article><aside><h3>Most read</h3><ul><li><a href="/x">Something else</a></li></ul></aside></main>'
    '<footer>© Example Times. Cookie settings.</footer></body></html>\n', 'read', 'Example Times')
put('saved-page-open-graph.htm', '<html><head><meta property="og:title" content="Kremlin: responses ignored main concerns">'
    '<meta property="og:site_name" content="Open Graph News"><meta property="article:published_time" content="2022-01-29T09:00:00Z">'
    '<meta name="author" content="Ann Author"><meta property="og:url" content="https://og.example/kremlin">'
    '<title>ignored – Open Graph News</title></head><body><div id="content">'
    + ''.join('<p>%s</p>' % p.replace('&', '&amp;').replace('<', '&lt;') for p in seed.split('\n\n') if p.strip()) +
    '</div></body></html>\n', 'read', 'Open Graph News')
put('saved-page-latin-1.html', ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
    '<title>Réunion à Genève</title></head><body><p>Le président français a déclaré à la presse que la réunion était très importante.</p>'
    '<p>Après une longue discussion, les ministres ont signé l\'accord à Genève, où la délégation était arrivée la veille.</p>'
    '</body></html>\n').encode('latin-1'), 'read', 'ISO-8859-1 (declared)')
put('page-with-only-scripts.html', '<html><head><script>var a = 1;</script><style>p{}</style></head><body><script>alert(1)</script></body></html>\n',
    'refused', 'no article text in this web page')
put('page-empty-body.html', '<!DOCTYPE html><html><head></head><body></body></html>\n', 'refused', 'no article text in this web page')
put('page-binary-named-html.html', bytes(range(256)) * 8, 'refused', 'binary content')
put('page-deeply-nested.html', '<html><body>' + '<div>' * 5000 + '<p>Deep inside the page there is a sentence about NATO and Russia.</p>' + '</div>' * 5000 + '</body></html>\n',
    'read', 'Deep inside the page')
put('page-broken-json-ld.html', '<html><head><title>Broken data – Example</title><script type="application/ld+json">{"headline": "oops",</script></head>'
    '<body><article><p>' + english.replace('\n', ' ') + '</p></article></body></html>\n', 'read', 'Broken data')
put('text-named-pdf.pdf', english, 'refused', 'not a PDF (no %PDF header)')
put('empty.pdf', b'', 'refused', 'empty file')
put('truncated.pdf', b'%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pa', 'refused', 'not a readable PDF')
put('garbage-after-header.pdf', b'%PDF-1.7\n' + bytes(range(256)) * 16, 'refused', 'not a readable PDF')

with open('cases.tsv', 'w') as f:
    f.write('# file\texpect\tfragment (of the refusal, or of the title, charset or warning of the article)\n')
    for c in cases:
        f.write('\t'.join(c) + '\n')
    # made by make-pdfs.jsh
    f.write('article.pdf\tread\tPutin says NATO ignored\n')
    f.write('scanned-no-text.pdf\trefused\tPDF has no text to read\n')
    f.write('password-protected.pdf\trefused\tPDF is password-protected\n')
print(len(cases), 'cases written')
