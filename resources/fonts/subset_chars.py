"""Characters the bundled caption fonts keep (see resources/fonts/README.md)."""
import sys
from pathlib import Path

def gb2312_level1():
    out = []
    for hi in range(0xB0, 0xD8):
        for lo in range(0xA1, 0xFF):
            try:
                out.append(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return out

def big5_level1():
    out = []
    for hi in range(0xA4, 0xC7):
        for lo in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
            if (hi, lo) > (0xC6, 0x7E):
                break
            try:
                out.append(bytes([hi, lo]).decode("big5"))
            except UnicodeDecodeError:
                pass
    return out

extra = set()
for f in sys.argv[1:]:  # the lesson translations and caption tables: every character they use
    extra |= set(Path(f).read_text(encoding="utf-8"))
cjk = set(gb2312_level1()) | set(big5_level1()) | {c for c in extra if ord(c) >= 0x2E80}
cjk |= {chr(c) for c in range(0x3000, 0x3040)} | {chr(c) for c in range(0xFF01, 0xFF5F)}
print("".join(sorted(cjk)))
