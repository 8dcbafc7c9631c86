#!/usr/bin/env python3
"""Renders parallax.svg into the icons jpackage wants: parallax.png (Linux), parallax.ico (Windows) and
parallax.icns (macOS). Needs rsvg-convert (Debian: apt-get install librsvg2-bin). The .ico and .icns hold
PNG images, which Windows Vista+ and macOS 10.7+ read; writing them takes a few lines, not a tool."""
import pathlib
import struct
import subprocess

HERE = pathlib.Path(__file__).resolve().parent
SVG = HERE / "parallax.svg"


def png(size):
    return subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size), str(SVG)],
                          check=True, capture_output=True).stdout


def ico(sizes):
    images = [png(s) for s in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, data in zip(sizes, images):
        edge = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(images)


def icns(types):
    body = b""
    for kind, size in types:
        data = png(size)
        body += kind.encode("ascii") + struct.pack(">I", len(data) + 8) + data
    return b"icns" + struct.pack(">I", len(body) + 8) + body


(HERE / "parallax.png").write_bytes(png(512))
(HERE / "parallax.ico").write_bytes(ico([16, 32, 48, 256]))
(HERE / "parallax.icns").write_bytes(icns([("ic07", 128), ("ic08", 256), ("ic09", 512)]))
